import type { ConnectorContext, FolderEntry } from '../../engine/context';
import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { reviewThread } from '../../../rules/lib/sources';
import { localTarget, markdownOf } from '../readme/lib/markdown';

/** Files another rule already speaks for: the connector files (any case), icons and scripts. */
const OWNED_ELSEWHERE = /^(apidefinition\.swagger\.json|apiproperties\.json|readme\.md|icon\.(png|jpe?g|gif|svg|bmp|ico|webp))$|\.csx$/i;
const TOOL_FOLDERS = /^(\.vs|\.vscode|\.idea|\.git|\.github|node_modules|bin|obj|__pycache__)$/i;
const SYSTEM_FILES = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|__MACOSX)$/i;
const IMAGE = /\.(png|jpe?g|gif|svg|bmp|webp)$/i;
const SPEC = /\.(ya?ml)$|\.swagger\.json$|(^|\/)(swagger|openapi)[^/]*\.json$/i;

export default defineCheck({
  id: 'folder-no-extras',
  severity: 'error',
  programs: BOTH,
  file: 'folder',
  description: 'The folder holds only connector files: no settings.json, intro.md, editor or system files, archives, Postman collections, spare API definitions or images the readme does not show.',
  criterion: {
    text: 'A submission contains the connector files and nothing else; reviewers ask to delete settings.json, intro.md (it goes to Partner Center), .DS_Store, .vs/, zips, Postman collections, YAML copies of the definition and images the readme does not use.',
    url: reviewThread(3943),
    rows: ['folder-no-extras', 'settings-not-needed'],
  },
  fix: 'Delete the file from the connector folder (keep it outside the pull request).',
  run(connector, report) {
    const shown = referencedImages(connector);
    const specNamedByRequiredFiles = !connector.entries.some((e) => e.name === FILES.swagger);
    const toolFolders = new Set<string>();
    for (const entry of connector.entries) {
      const top = entry.name.split('/')[0];
      if (toolFolders.has(top)) continue;
      if (entry.kind === 'directory') {
        if (TOOL_FOLDERS.test(entry.name) && !entry.name.includes('/')) {
          toolFolders.add(entry.name);
          report({ file: entry.name, message: `The folder "${entry.name}/" holds editor or build output, not connector files.` });
        }
        continue;
      }
      const reason = extraReason(entry, shown, specNamedByRequiredFiles);
      if (reason) report({ file: entry.name, message: `"${entry.name}" ${reason}.` });
    }
  },
});

/** Why a file should not be submitted, or undefined when it belongs. */
function extraReason(entry: FolderEntry, shown: Set<string>, specNamedElsewhere: boolean): string | undefined {
  const name = entry.name;
  const base = name.split('/').pop()!;
  const topLevel = !name.includes('/');
  if (topLevel && OWNED_ELSEWHERE.test(name)) return undefined;
  if (!topLevel && /\.csx$/i.test(name)) return undefined;
  if (SYSTEM_FILES.test(name)) return 'is an operating-system file';
  if (topLevel && base.toLowerCase() === 'settings.json') return 'is a paconn settings file with environment-specific ids; it is not part of a submission';
  if (topLevel && base.toLowerCase() === 'intro.md') return 'belongs in the Partner Center package, not in the pull request';
  if (/\.(zip|7z|rar|tar|gz|tgz)$/i.test(base)) return 'is an archive';
  if (/postman/i.test(base)) return 'is a Postman collection';
  if (SPEC.test(name)) return specNamedElsewhere ? undefined : 'is a second copy of the API definition; apiDefinition.swagger.json is the only one';
  if (IMAGE.test(base)) return shown.has(name) ? undefined : 'is an image the readme does not show';
  return 'is not a connector file';
}

/** Folder-relative paths of the images readme.md shows. */
function referencedImages(connector: ConnectorContext): Set<string> {
  const doc = markdownOf(connector.readme);
  const shown = new Set<string>();
  for (const image of doc?.images ?? []) {
    const target = localTarget(image.url);
    if (typeof target === 'string') shown.add(target);
  }
  return shown;
}
