import { defineCheck } from '../../model/rule';
import { connectionParametersOf } from '../../../rules/lib/api-properties';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

export default defineCheck({
  id: 'script-no-gateway',
  severity: 'error',
  programs: BOTH,
  file: FILES.script,
  description: 'A connector with script.csx does not connect through an on-premises data gateway.',
  criterion: {
    text: 'Custom code does not run for connections made through the on-premises data gateway.',
    url: SOURCES.customCode,
    rows: ['script-no-gateway'],
  },
  fix: 'Either drop the custom code or drop the gateway connection parameter.',
  run(connector, report) {
    if (!connector.script) return;
    for (const ref of connectionParametersOf(connector.apiProperties?.data)) {
      if (ref.param.type !== 'gatewaySetting') continue;
      report({
        file: connector.apiProperties?.name ?? FILES.apiProperties,
        path: [...ref.at, 'type'],
        message: `The connection parameter "${ref.name}" uses the on-premises data gateway, but the connector has custom code, which does not run through a gateway.`,
      });
    }
  },
});
