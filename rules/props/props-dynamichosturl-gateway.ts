import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { connectionParametersOf, describePolicy, parameterType, policyInstancesOf } from '../lib/api-properties';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-dynamichosturl-gateway',
  severity: 'warning',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'A connector that uses an on-premises data gateway (gatewaySetting) does not rely on the dynamichosturl policy.',
  criterion: {
    text: 'The dynamic host URL template cannot redirect calls that go through an on-premises data gateway.',
    url: SOURCES.policyTemplates,
    rows: ['props-dynamichosturl-gateway'],
  },
  fix: 'Drop the dynamichosturl policy for gateway connections, or drop the gateway.',
  given: '$',
  then: {
    function: ruleFunction('dynamicHostUrlGateway', (root: unknown) => {
      const gateway = connectionParametersOf(root).find((ref) => parameterType(ref.param) === 'gatewaysetting');
      if (!gateway) return;
      return policyInstancesOf(root)
        .filter((ref) => ref.templateId === 'dynamichosturl')
        .map((ref) => ({ message: `${describePolicy(ref)} cannot change the host of calls through the gateway parameter "${gateway.name}".`, path: [...ref.at, 'templateId'] }));
    }),
  },
});
