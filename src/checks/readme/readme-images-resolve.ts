import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { reviewThread } from '../../../rules/lib/sources';
import { localTarget, markdownOf } from './lib/markdown';

export default defineCheck({
  id: 'readme-images-resolve',
  severity: 'warning',
  programs: BOTH,
  file: FILES.readme,
  description: 'Every image that readme.md shows from a relative path exists in the connector folder.',
  criterion: {
    text: 'Images in the readme must be part of the submission: a relative link to a file that is not in the connector folder shows as a broken image.',
    url: reviewThread(799),
    rows: ['readme-images-resolve'],
  },
  fix: 'Add the image to the connector folder at the linked path, fix the link, or remove the image.',
  run(connector, report) {
    const doc = markdownOf(connector.readme);
    if (!doc) return;
    const names = new Map(connector.entries.filter((e) => e.kind !== 'directory').map((e) => [e.name, e]));
    const lowerNames = new Map([...names.keys()].map((n) => [n.toLowerCase(), n]));
    for (const image of doc.images) {
      const target = localTarget(image.url);
      if (target === undefined) continue;
      const at = { file: connector.readme!.name, line: image.line, column: image.column };
      if (target === null) {
        report({ ...at, message: `The image "${image.url}" points outside the connector folder, so it is not part of the submission.` });
        continue;
      }
      if (names.has(target) || (target.split('/').length > 2 && isFile(path.join(connector.dir, target)))) continue;
      const otherCase = lowerNames.get(target.toLowerCase());
      report({
        ...at,
        message: otherCase
          ? `The image "${image.url}" does not exist; "${otherCase}" differs only in letter case, which GitHub treats as another file.`
          : `The image "${image.url}" does not exist in the connector folder.`,
      });
    }
  },
});

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
