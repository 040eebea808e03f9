import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addDynamicFields, BODY, fields } from '../helpers/extension-cases';

const RULE = 'swagger-dynamic-item-value-path';

describe(RULE, () => {
  it('flags an itemValuePath that differs from the dynamic schema value-path', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addDynamicFields(s);
        fields(s)['x-ms-dynamic-properties'].itemValuePath = 'definition';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${BODY}/fields/x-ms-dynamic-properties/itemValuePath`, severity: 'warning', message: 'implies "schema"' });
  });

  it('accepts itemValuePath equal to value-path without a trailing properties', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addDynamicFields(s);
        fields(s)['x-ms-dynamic-schema']['value-path'] = 'schema/properties';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
