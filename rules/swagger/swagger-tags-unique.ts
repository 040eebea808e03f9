import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-tags-unique',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Root tags define each tag name once.',
  criterion: {
    text: 'Each tag of the root tags list must have its own name.',
    url: SOURCES.validator,
    rows: ['sv-tag-redefined'],
  },
  validatorCodes: ['TagRedefined'],
  fix: 'Merge the duplicate tag definitions into one.',
  given: '$.tags',
  then: {
    function: ruleFunction('tagsUnique', (tags: unknown) => {
      if (!Array.isArray(tags)) return;
      const first = new Map<string, number>();
      const results: RuleResult[] = [];
      tags.forEach((tag, i) => {
        if (!isObject(tag) || typeof tag.name !== 'string') return;
        const earlier = first.get(tag.name);
        if (earlier === undefined) first.set(tag.name, i);
        else results.push({ message: `The tag "${tag.name}" is defined again; it is first defined at tags/${earlier}.`, path: ['tags', i, 'name'] });
      });
      return results;
    }),
  },
});
