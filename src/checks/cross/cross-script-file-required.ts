import { defineCheck } from '../../model/rule';
import { propertiesOf } from '../../../rules/lib/api-properties';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

export default defineCheck({
  id: 'cross-script-file-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  description: 'A connector whose apiProperties.json routes operations to custom code (scriptOperations or script) ships a script.csx.',
  criterion: {
    text: 'scriptOperations sends calls through the custom code in script.csx (an empty list sends all of them); without the file those operations cannot run.',
    url: SOURCES.customCode,
    rows: ['props-scriptoperations-shape'],
  },
  fix: 'Add the script.csx that handles these operations, or remove scriptOperations.',
  run(connector, report) {
    const file = connector.apiProperties;
    const props = propertiesOf(file?.data);
    if (!file || !props || connector.script) return;
    const key = props.scriptOperations !== undefined ? 'scriptOperations' : props.script !== undefined ? 'script' : undefined;
    if (key) report({ file: file.name, path: ['properties', key], message: `${key} routes operations to custom code, but the folder has no ${FILES.script}.` });
  },
});
