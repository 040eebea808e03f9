import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addDynamicFields, BODY, fields } from '../helpers/extension-cases';

const RULE = 'swagger-dynamic-properties-shape';
const AT = `${BODY}/fields/x-ms-dynamic-properties`;

describe(RULE, () => {
  it('flags a value-path where itemValuePath belongs', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addDynamicFields(s);
        fields(s)['x-ms-dynamic-properties']['value-path'] = 'schema';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/value-path`, severity: 'error', message: 'has the key "value-path"' });
  });

  it('flags an entry with both value and parameterReference', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addDynamicFields(s);
        fields(s)['x-ms-dynamic-properties'].parameters.workspace = { value: 'main', parameterReference: 'body/workspace' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/parameters/workspace`, message: 'exactly one of' });
  });

  it('accepts operationId, {parameterReference} parameters and itemValuePath', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: addDynamicFields }), RULE);
  });
});
