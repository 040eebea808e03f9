import { defineCheck } from '../../model/rule';
import { BOTH } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

const REQUIRED = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'];

export default defineCheck({
  id: 'folder-required-files',
  severity: 'error',
  programs: BOTH,
  file: 'folder',
  description: 'The folder holds apiDefinition.swagger.json, apiProperties.json and readme.md, with exactly these names.',
  criterion: {
    text: 'A connector submission contains apiDefinition.swagger.json, apiProperties.json and readme.md; the JSON file names must be exact.',
    url: SOURCES.repoReadme,
    rows: ['folder-required-files', 'readme-present'],
  },
  validatorCodes: ['5000.1.1.2', '5000.1.1.3'],
  fix: 'Add the missing file, or rename the file to the exact expected name.',
  run(connector, report) {
    const names = connector.entries.filter((e) => !e.name.includes('/')).map((e) => e.name);
    for (const expected of REQUIRED) {
      if (names.includes(expected)) continue;
      // readme.md is matched case-insensitively by GitHub and reviewers; the JSON names are read by tools verbatim.
      const caseVariant = names.find((n) => n.toLowerCase() === expected.toLowerCase());
      if (caseVariant && expected === 'readme.md') continue;
      const similar = caseVariant ?? names.find((n) => looksLike(n, expected));
      report({
        file: expected,
        message: similar ? `${expected} is missing; "${similar}" looks like it but has another name.` : `${expected} is missing.`,
      });
    }
  },
});

function looksLike(name: string, expected: string): boolean {
  const stem = expected.split('.')[0].toLowerCase();
  const lower = name.toLowerCase();
  if (expected === 'apiDefinition.swagger.json') return lower.endsWith('.swagger.json') || lower.endsWith('.yaml') || lower.startsWith('apidef');
  return lower.startsWith(stem.slice(0, 6));
}
