import { expect } from 'chai';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-response-property-summaries';

describe(RULE, () => {
  it('flags response properties without x-ms-summary or description, once per schema', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        delete s.definitions.Task.properties.id['x-ms-summary'];
        delete s.definitions.Task.properties.title['x-ms-summary'];
        delete s.definitions.Task.properties.title.description;
      },
    });
    expectFinding(findings, {
      rule: RULE,
      pointer: '/definitions/Task/properties',
      severity: 'info',
      message: 'Properties of definition "Task" lack x-ms-summary ("id", "title") and description ("title").',
    });
    expect(findings.filter((f) => f.rule === RULE)).to.have.length(1);
  });

  it('looks into inline response schemas', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      swagger: (s) => void delete s.paths['/stations'].get.responses['200'].schema.items.properties.name.description,
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1stations/get/responses/200/schema/items/properties', message: 'the 200 response of GET /stations' });
  });

  it('exempts internal properties and outputs of internal operations', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      swagger: (s) => {
        const station = s.paths['/stations'].get;
        delete station.responses['200'].schema.items.properties.name.description;
        station['x-ms-visibility'] = 'internal';
        const events = s.definitions.Predictions.properties.events;
        events['x-ms-visibility'] = 'internal';
        delete events.items.properties.kind['x-ms-summary'];
      },
    });
    expectNoFinding(findings, RULE);
  });

  it('leaves request-only definitions to swagger-body-property-summaries', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.NewTask = { type: 'object', properties: { title: { type: 'string' } } };
        s.paths['/tasks'].post.parameters[0].schema = { $ref: '#/definitions/NewTask' };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
