import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { connectionParametersOf } from '../lib/api-properties';
import { getPath, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

const NAME = 'token:TenantId';
/** The fixed texts of the claim block, as the schema spells them (the "of for" is the schema's). */
const DISPLAY_NAME = 'Tenant';
const DESCRIPTION = 'The tenant ID of for the Azure Active Directory application';

export default defineSpectralRule({
  id: 'props-tenantid-claim',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'The token:TenantId connection parameter is the fixed hidden claim block: type string, sourceType AzureActiveDirectoryTenant, hidden and not required.',
  criterion: {
    text: 'token:TenantId is filled by the platform from the signed-in user\'s Azure AD tenant; the validator only accepts the fixed block (hidden, optional, and if given the fixed display name and description).',
    url: reviewThread(1421),
    rows: ['props-tenantid-claim'],
  },
  fix: 'Make token:TenantId the fixed block: "type": "string", "metadata": {"sourceType": "AzureActiveDirectoryTenant"}, constraints hidden "true" and required "false".',
  given: '$',
  then: {
    function: ruleFunction('tenantIdClaim', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const ref of connectionParametersOf(root)) {
        if (ref.name !== NAME) continue;
        const expect = (path: string[], ok: (v: unknown) => boolean, wanted: string) => {
          const value = getPath(ref.param, path);
          if (ok(value)) return;
          const found = value === undefined ? 'is missing' : `is ${show(value)}`;
          const where = ref.set === undefined ? NAME : `${NAME} (parameter set "${ref.set}")`;
          results.push({ message: `${where}: ${path.join('.')} ${found}; the claim block needs ${wanted}.`, path: [...ref.at, ...path] });
        };
        expect(['type'], (v) => v === 'string', '"string"');
        expect(['metadata', 'sourceType'], (v) => v === 'AzureActiveDirectoryTenant', '"AzureActiveDirectoryTenant"');
        expect(['uiDefinition', 'constraints', 'hidden'], (v) => v === 'true' || v === true, '"true"');
        expect(['uiDefinition', 'constraints', 'required'], (v) => v === 'false' || v === false, '"false"');
        expect(['uiDefinition', 'displayName'], (v) => v === undefined || v === DISPLAY_NAME, `"${DISPLAY_NAME}" (or no displayName)`);
        expect(['uiDefinition', 'description'], (v) => v === undefined || v === DESCRIPTION, `the fixed description "${DESCRIPTION}" (or none)`);
      }
      return results;
    }),
  },
});
