import { expect } from 'chai';
import { defineSpectralRule } from '../../src/model/rule';
import { RULES } from '../../src/registry';
import { expectFinding, lintCase } from '../helpers/lint-case';

/** Reports the same thing twice, at a key that does not exist, with a message holding Spectral template syntax. */
const echoRule = defineSpectralRule({
  id: 'test-echo-title',
  severity: 'warning',
  programs: ['verified', 'independent'],
  file: 'apiDefinition.swagger.json',
  document: 'swagger',
  description: 'Echoes the title.',
  criterion: { text: 'Test only.', url: 'https://example.com', rows: ['test'] },
  fix: 'None.',
  given: '$.info',
  then: {
    function: (info: { title?: string }) => {
      const result = { message: `Title ${info.title} ${'{{property}}'}`, path: ['info', 'x-missing'] };
      return [result, { ...result }];
    },
  },
});

describe('Spectral runner', () => {
  it('keeps the message as the rule wrote it, reports once, and points at the missing key on its parent line', async () => {
    const findings = await lintCase('test-echo-title', {
      rules: [...RULES, echoRule],
      swagger: (s) => void (s.info.title = '{{Tasks}}'),
    });
    expect(findings).to.have.length(1);
    expectFinding(findings, { rule: 'test-echo-title', pointer: '/info/x-missing', message: 'Title {{Tasks}} {{property}}' });
    expect(findings[0].line).to.be.a('number');
  });

  it('orders findings by position, whatever order the rules report in', async () => {
    const findings = await lintCase(['swagger-title-max-length', 'swagger-contact-email'], {
      swagger: (s) => {
        s.info.title = 'A title that is clearly longer than thirty';
        s.info.contact.email = 'not-an-email';
      },
    });
    const lines = findings.map((f) => f.line!);
    expect(lines).to.deep.equal([...lines].sort((a, b) => a - b));
    expect(findings.map((f) => f.rule)).to.have.members(['swagger-title-max-length', 'swagger-contact-email']);
  });
});
