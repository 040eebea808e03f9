import { defineSpectralRule } from '../../src/model/rule';
import { extensionUses } from '../lib/extensions';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

const KINDS = ['image', 'audio'];

export default defineSpectralRule({
  id: 'swagger-media-kind-enum',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-media-kind is "image" or "audio".',
  criterion: {
    text: 'x-ms-media-kind tells the designer how to show binary content; the connector schema allows only "image" and "audio".',
    url: SOURCES.schemas,
    rows: ['def-media-kind-enum'],
  },
  fix: 'Set "x-ms-media-kind" to "image" or "audio" (lower case), or remove it.',
  given: '$',
  then: {
    function: ruleFunction('mediaKindEnum', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-media-kind')) {
        if (typeof use.value !== 'string' || !KINDS.includes(use.value)) {
          results.push({ message: `x-ms-media-kind is ${show(use.value)}; allowed values are "image" and "audio".`, path: [...use.at, use.key] });
        }
      }
      return results;
    }),
  },
});
