import * as path from 'node:path';
import { defineCheck } from '../../model/rule';
import type { Program } from '../../model/program';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

const TREES: Record<string, Program> = { 'certified-connectors': 'verified', 'independent-publisher-connectors': 'independent' };
const TREE_OF: Record<Program, string> = { verified: 'certified-connectors', independent: 'independent-publisher-connectors' };

export default defineCheck({
  id: 'folder-location',
  severity: 'error',
  programs: BOTH,
  file: 'folder',
  description: 'The connector folder sits directly in certified-connectors/ (verified) or independent-publisher-connectors/ (independent).',
  criterion: {
    text: 'A certification submission is a folder certified-connectors/<Name>/ or independent-publisher-connectors/<Name>/; the pipeline applies the certification rules only there, and custom-connectors/ is for samples.',
    url: SOURCES.repoReadme,
    rows: ['folder-location'],
  },
  fix: 'Move the folder to certified-connectors/<Name>/ (verified publishers) or independent-publisher-connectors/<Name>/ (independent publishers).',
  run(connector, report) {
    const segments = path.resolve(connector.dir).split(path.sep).filter((s) => s !== '');
    const lower = segments.map((s) => s.toLowerCase());
    let treeIndex = -1;
    lower.forEach((s, i) => {
      if (Object.hasOwn(TREES, s)) treeIndex = i;
    });
    const at = { file: FILES.folder };
    if (treeIndex >= 0) {
      const tree = segments[treeIndex];
      const treeProgram = TREES[lower[treeIndex]];
      if (treeIndex === segments.length - 1) report({ ...at, message: `The folder is the ${tree}/ tree itself, not a connector folder inside it.` });
      else if (treeIndex < segments.length - 2) {
        report({ ...at, message: `The connector is nested in "${segments.slice(treeIndex).join('/')}"; it must be a folder directly inside ${tree}/.` });
      }
      if (connector.programSource === 'option' && connector.program !== treeProgram) {
        report({ ...at, message: `The folder is under ${tree}/ (${treeProgram} publishers) but was linted as ${connector.program}; ${connector.program} connectors belong in ${TREE_OF[connector.program as Program]}/.` });
      }
      return;
    }
    if (lower.includes('custom-connectors')) {
      report({ ...at, message: 'The folder is under custom-connectors/, which holds samples; certification submissions go to certified-connectors/ or independent-publisher-connectors/.' });
    } else if (connector.programSource === 'apiProperties') {
      report({
        ...at,
        message: `The folder is not inside certified-connectors/ or independent-publisher-connectors/ (the program, ${connector.program}, was guessed from iconBrandColor).`,
      });
    }
  },
});
