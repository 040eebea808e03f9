import { defineSpectralRule } from '../../src/model/rule';
import { toPointer } from '../../src/engine/pointer';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isMediaType, mimeListsOf } from '../lib/connector-info';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { operationsOf } from '../lib/swagger';

/**
 * The validator's list is not published: these are the common types connectors exchange (JSON, XML, text, forms,
 * binary files and media). See the rule's doc page.
 */
const SUPPORTED = new Set([
  '*/*',
  'application/json',
  'text/json',
  'application/xml',
  'text/xml',
  'text/plain',
  'text/html',
  'text/csv',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'application/octet-stream',
  'application/pdf',
  'application/zip',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
]);
const SUPPORTED_FAMILIES = [/^application\/[^/]+\+(json|xml)$/, /^(image|audio|video)\/[^/]+$/, /^application\/vnd\.openxmlformats-officedocument\./];

function isSupported(mime: string): boolean {
  const base = mime.split(';')[0].trim().toLowerCase();
  return SUPPORTED.has(base) || SUPPORTED_FAMILIES.some((f) => f.test(base));
}

const verdicts = new Map<string, boolean>();

/**
 * A well-formed media type that is not supported (malformed entries are reported by swagger-mime-type-valid). The same
 * few types fill every consumes and produces list: each spelling is judged once (the map is bounded).
 */
function isUnsupported(mime: string): boolean {
  let verdict = verdicts.get(mime);
  if (verdict === undefined) {
    if (verdicts.size >= 10_000) verdicts.clear();
    verdicts.set(mime, (verdict = isMediaType(mime) && !isSupported(mime)));
  }
  return verdict;
}

export default defineSpectralRule({
  id: 'swagger-mime-type-supported',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every consumes and produces entry is a MIME type connectors commonly support (JSON, XML, text, forms, files).',
  criterion: {
    text: 'The validator rejects MIME types outside the list the platform supports; the list is not published, so this rule checks a set of common types.',
    url: SOURCES.validator,
    rows: ['sv-mime-type-not-supported'],
  },
  validatorCodes: ['MimeTypeNotSupported'],
  fix: 'Use a standard MIME type such as "application/json", "text/plain", "multipart/form-data" or "application/octet-stream".',
  given: '$',
  then: {
    function: ruleFunction('mimeTypeSupported', (root: unknown) => {
      const results: RuleResult[] = [];
      for (const { at, list } of mimeListsOf(root, operationsOf(root))) {
        if (!Array.isArray(list)) continue;
        for (let i = 0; i < list.length; i++) {
          const item = list[i];
          if (typeof item !== 'string' || !isUnsupported(item)) continue;
          results.push({ message: `"${item}" in ${toPointer(at)} is not a commonly supported MIME type.`, path: [...at, i] });
        }
      }
      return results;
    }),
  },
});
