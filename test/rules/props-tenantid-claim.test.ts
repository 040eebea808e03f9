import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-tenantid-claim';

const claim = () => ({
  type: 'string',
  metadata: { sourceType: 'AzureActiveDirectoryTenant' },
  uiDefinition: { constraints: { required: 'false', hidden: 'true' } },
});

describe(RULE, () => {
  it('flags a visible, required tenant field', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        const block = claim();
        block.uiDefinition.constraints.hidden = 'false';
        p.properties.connectionParameters['token:TenantId'] = block;
      },
    });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/connectionParameters/token:TenantId/uiDefinition/constraints/hidden', message: '"true"' });
  });

  it('flags a custom description and a missing sourceType', async () => {
    const findings = await lintCase(RULE, {
      apiProperties: (p) => {
        const block: Record<string, unknown> = { ...claim(), uiDefinition: { displayName: 'Tenant', description: 'Your tenant.', constraints: { required: 'false', hidden: 'true' } } };
        delete block.metadata;
        p.properties.connectionParameters['token:TenantId'] = block;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameters/token:TenantId/uiDefinition/description' });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameters/token:TenantId/metadata/sourceType' });
  });

  it('accepts the fixed block, with or without its texts', async () => {
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters['token:TenantId'] = claim()) }), RULE);
    const withTexts = await lintCase(RULE, {
      apiProperties: (p) => {
        const block = claim() as ReturnType<typeof claim> & { uiDefinition: Record<string, unknown> };
        block.uiDefinition.displayName = 'Tenant';
        block.uiDefinition.description = 'The tenant ID of for the Azure Active Directory application';
        p.properties.connectionParameters['token:TenantId'] = block;
      },
    });
    expectNoFinding(withTexts, RULE);
  });
});
