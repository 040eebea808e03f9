import { defineSpectralRule } from '../../src/model/rule';
import { toPointer } from '../../src/engine/pointer';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { extensionUses, positionOfNode } from '../lib/extensions';
import { nodesWithKey } from '../lib/index';
import { mayHoldNonAsciiPair } from '../lib/source-text';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** The keywords whose text users read in the designer. */
const TEXT_KEYS = ['title', 'description', 'summary', 'x-ms-summary', 'x-ms-trigger-hint'];

/**
 * Two or more letters in a row from a script other than Latin: Chinese, Japanese, Cyrillic, Arabic... A lone Greek
 * letter used as a symbol ("µs", "Ω") is not enough.
 */
const NON_LATIN_RUN = /(?:(?!\p{Script=Latin})\p{L}){2,}/u;
/** Nearly all text is ASCII; only other text needs the (slow) script test. */
const NON_ASCII = /[^\x00-\x7f]/;

export default defineSpectralRule({
  id: 'swagger-english-only',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Titles, descriptions, summaries, display names and trigger hints contain no text in a non-Latin script.',
  criterion: {
    text: 'Certified connectors are published in English: every string users read must be English (heuristic: no words in a non-Latin script).',
    url: SOURCES.submission,
    rows: ['def-english-only', 'sv-value-must-be-in-english'],
  },
  validatorCodes: ['ValueMustBeInEnglish', '5000.2.3.1'],
  fix: 'Translate the text to English.',
  given: '$',
  then: {
    function: ruleFunction('englishOnly', (root: unknown) => {
      const results: RuleResult[] = [];
      // A run of letters of another script needs two characters outside ASCII in a row; most documents have none.
      if (!mayHoldNonAsciiPair(root)) return results;
      const check = (value: unknown, key: string, path: Array<string | number>) => {
        if (typeof value !== 'string') return;
        const match = NON_LATIN_RUN.exec(value);
        if (match) results.push({ message: `The ${key} at ${toPointer(path.slice(0, -1)) || '/'} contains non-English text ${show(match[0], 30)}.`, path });
      };
      for (const key of TEXT_KEYS) {
        // Only the rare non-ASCII text needs its position in the document worked out.
        for (const found of nodesWithKey(root, key)) {
          const value = found.node[key];
          if (typeof value === 'string' && NON_ASCII.test(value) && positionOfNode(found)) check(value, key, [...found.at, key]);
        }
      }
      for (const use of extensionUses(root, 'x-ms-enum-values')) {
        if (!Array.isArray(use.value)) continue;
        use.value.forEach((item, i) => {
          if (isObject(item)) check(item.displayName, 'displayName', [...use.at, 'x-ms-enum-values', i, 'displayName']);
        });
      }
      return results;
    }),
  },
});
