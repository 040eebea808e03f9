import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-root-shape',
  severity: 'error',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'apiProperties.json is an object holding a "properties" object and nothing else but an optional "$schema".',
  criterion: {
    text: 'Every setting of apiProperties.json lives inside the top-level "properties" object; tools ignore or reject keys placed beside it.',
    url: SOURCES.schemas,
    rows: ['props-root-shape'],
  },
  fix: 'Wrap every setting in one top-level "properties" object.',
  given: '$',
  then: {
    function: ruleFunction('propsRootShape', (root: unknown) => {
      if (!isObject(root)) return [{ message: `apiProperties.json is ${Array.isArray(root) ? 'an array' : show(root)}; it must be an object with a "properties" key.`, path: [] }];
      const results: RuleResult[] = [];
      if (!('properties' in root)) results.push({ message: 'apiProperties.json has no "properties" object.', path: ['properties'] });
      else if (!isObject(root.properties)) results.push({ message: `"properties" is ${Array.isArray(root.properties) ? 'an array' : show(root.properties)}; it must be an object.`, path: ['properties'] });
      for (const key of Object.keys(root)) {
        if (key === 'properties' || key === '$schema') continue;
        results.push({ message: `The key "${key}" is at the top level of apiProperties.json; it belongs inside "properties".`, path: [key] });
      }
      return results;
    }),
  },
});
