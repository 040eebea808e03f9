import type { BinaryFile, TextFile } from '../../engine/context';
import { LIMITS } from '../../engine/limits';
import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

export default defineCheck({
  id: 'folder-file-unreadable',
  severity: 'error',
  programs: BOTH,
  file: 'folder',
  description: 'The connector folder and each of its connector files can be read.',
  criterion: {
    text: 'Every file of the submission must be a readable regular file inside the connector folder; one that cannot be read cannot be validated or certified.',
    url: SOURCES.repoReadme,
    rows: ['folder-required-files'],
  },
  fix: 'Make the file a regular, readable file inside the connector folder (not a folder, a link out of it, or a binary under a text name).',
  run(connector, report) {
    if (connector.unreadable) report({ file: FILES.folder, message: connector.unreadable.message });
    const files: Array<TextFile | BinaryFile | undefined> = [connector.swagger, connector.apiProperties, connector.settings, connector.readme, connector.intro, connector.script];
    for (const file of files) {
      if (file?.unreadable) report({ file: file.name, message: file.unreadable.message });
    }
    // An icon too large to read is reported by its size (icon-size-1mb) or its presence (icon-absent-ip).
    const icon = connector.icon;
    if (icon?.unreadable && icon.size <= LIMITS.maxImageBytes) report({ file: icon.name, message: icon.unreadable.message });
  },
});
