import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

const LIMIT = 1024 * 1024;

export default defineCheck({
  id: 'script-size-1mb',
  severity: 'error',
  programs: BOTH,
  file: FILES.script,
  description: 'script.csx is smaller than 1 MB.',
  criterion: {
    text: 'The custom code file of a connector must be smaller than 1 MB.',
    url: SOURCES.customCode,
    rows: ['script-size-1mb'],
  },
  fix: 'Shrink the script: remove unused code and move heavy logic into the service behind the connector.',
  run(connector, report) {
    const script = connector.script;
    if (!script || script.size < LIMIT) return;
    report({ file: script.name, message: `${script.name} is ${(script.size / LIMIT).toFixed(2)} MB (${script.size} bytes); custom code must be smaller than 1 MB.` });
  },
});
