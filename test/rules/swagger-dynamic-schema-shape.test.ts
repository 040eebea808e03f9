import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addDynamicFields, BODY, fields } from '../helpers/extension-cases';

const RULE = 'swagger-dynamic-schema-shape';
const AT = `${BODY}/fields/x-ms-dynamic-schema`;

describe(RULE, () => {
  it('flags a key x-ms-dynamic-schema does not take', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addDynamicFields(s);
        fields(s)['x-ms-dynamic-schema'].itemValuePath = 'schema';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/itemValuePath`, severity: 'error', message: 'has the key "itemValuePath"' });
  });

  it('flags a dynamic schema that is not an object', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addDynamicFields(s);
        fields(s)['x-ms-dynamic-schema'] = 'GetTaskSchema';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: AT, message: 'it must be an object' });
  });

  it('accepts operationId, parameters and value-path', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: addDynamicFields }), RULE);
  });
});
