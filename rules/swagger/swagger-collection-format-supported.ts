import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject, show } from '../lib/json';
import { writtenParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const FORMATS = ['csv', 'ssv', 'tsv', 'pipes'];

export default defineSpectralRule({
  id: 'swagger-collection-format-supported',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'collectionFormat is csv, ssv, tsv or pipes, or multi on query and formData parameters.',
  criterion: {
    text: 'Array parameters are joined with a supported collection format: csv, ssv, tsv or pipes; multi (repeated keys) works only for query and form-data parameters.',
    url: SOURCES.validator,
    rows: ['sv-collection-format-value-not-supported'],
  },
  validatorCodes: ['CollectionFormatValueNotSupported'],
  fix: 'Use "csv" (or ssv, tsv, pipes); keep "multi" for query and formData parameters.',
  given: '$',
  then: {
    function: ruleFunction('collectionFormatSupported', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { parameter, at, label } of writtenParametersOf(swagger)) {
        if (parameter.in === 'body') continue;
        const multiAllowed = parameter.in === 'query' || parameter.in === 'formData';
        // The parameter itself, then its nested items (multi is meaningless below the top level).
        let node: unknown = parameter;
        let path = at;
        let where = label;
        let top = true;
        while (isObject(node)) {
          const format = node.collectionFormat;
          if (format !== undefined && !(FORMATS.includes(format as string) || (top && multiAllowed && format === 'multi'))) {
            const reason = format === 'multi' ? '"multi" is only valid at the top level of query and formData parameters' : 'use csv, ssv, tsv or pipes';
            results.push({ message: `The collectionFormat ${show(format)} of ${where} is not supported; ${reason}.`, path: [...path, 'collectionFormat'] });
          }
          node = node.items;
          if (!isObject(node)) break; // nearly always: no nested items, nothing more to build
          path = [...path, 'items'];
          where = `the items of ${where}`;
          top = false;
        }
      }
      return results;
    }),
  },
});
