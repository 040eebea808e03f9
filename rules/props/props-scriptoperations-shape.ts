import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { propertiesOf } from '../lib/api-properties';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-scriptoperations-shape',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'scriptOperations (or script.operationIds) is an array of distinct operationId strings.',
  criterion: {
    text: 'scriptOperations lists the operationIds whose calls go through script.csx (an empty list sends every operation through it); the older form is script {language, operationIds}.',
    url: SOURCES.paconn,
    rows: ['props-scriptoperations-shape'],
  },
  fix: 'Write "scriptOperations": ["OperationId1", "OperationId2"] with the operationIds the script handles.',
  given: '$',
  then: {
    function: ruleFunction('scriptOperationsShape', (root: unknown) => {
      const props = propertiesOf(root);
      if (!props) return;
      const results: RuleResult[] = [];
      const list = (value: unknown, path: Array<string | number>, name: string) => {
        if (!Array.isArray(value)) {
          results.push({ message: `${name} is ${value === undefined ? 'missing' : show(value)}; it must be an array of operationIds.`, path });
          return;
        }
        const seen = new Set<string>();
        value.forEach((item, index) => {
          if (typeof item !== 'string' || item.trim() === '') results.push({ message: `${name}[${index}] is ${show(item)}, not an operationId.`, path: [...path, index] });
          else if (seen.has(item)) results.push({ message: `${name} lists "${item}" twice.`, path: [...path, index] });
          else seen.add(item);
        });
      };
      if (props.scriptOperations !== undefined) list(props.scriptOperations, ['properties', 'scriptOperations'], 'scriptOperations');
      const script = props.script;
      if (script !== undefined) {
        if (!isObject(script)) results.push({ message: `script is ${show(script)}; it must be an object with operationIds.`, path: ['properties', 'script'] });
        else list(script.operationIds, ['properties', 'script', 'operationIds'], 'script.operationIds');
      }
      return results;
    }),
  },
});
