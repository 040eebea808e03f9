import { defineSpectralRule } from '../../src/model/rule';
import { toPointer } from '../../src/engine/pointer';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isMediaType, mimeListsOf } from '../lib/connector-info';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { operationsOf } from '../lib/swagger';

export default defineSpectralRule({
  id: 'swagger-mime-type-valid',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every consumes and produces entry is a well-formed MIME type such as "application/json".',
  criterion: {
    text: 'consumes and produces list MIME types written as type/subtype, e.g. application/json or multipart/form-data.',
    url: SOURCES.validator,
    rows: ['sv-mime-type-not-valid'],
  },
  validatorCodes: ['MimeTypeNotValid'],
  fix: 'Write the MIME type as type/subtype, e.g. "application/json".',
  given: '$',
  then: {
    function: ruleFunction('mimeTypeValid', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const { at, list } of mimeListsOf(root, operationsOf(root))) {
        if (!Array.isArray(list)) {
          results.push({ message: `${toPointer(at)} is not a list of MIME types.`, path: at });
          continue;
        }
        list.forEach((item, i) => {
          if (typeof item !== 'string' || !isMediaType(item)) results.push({ message: `${show(item)} in ${toPointer(at)} is not a valid MIME type.`, path: [...at, i] });
        });
      }
      return results;
    }),
  },
});
