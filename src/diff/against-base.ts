import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ChangedConnector, ChangedConnectors } from '../git/changed';
import { readFileAt } from '../git/git';
import type { Finding } from '../model/finding';
import { diffSwaggers, type DiffOptions } from './compare';
import { swaggerFromBytes, type SwaggerVersion } from './document';

/** The breaking changes of one connector of a pull request, or why none were looked for. */
export interface BaseComparison {
  findings: Finding[];
  /** Set when nothing was compared, in words for the report ("New connector: …"). */
  skipped?: string;
  /** Why nothing was compared, for code: only `new` and `invalid` usually deserve a line in the report. */
  reason?: 'new' | 'deleted' | 'unchanged' | 'no-swagger' | 'unreadable' | 'invalid';
  /** The two swaggers compared, repository-relative (base at the merge base). */
  compared?: { base: string; head: string };
}

/**
 * Compares a changed connector's swagger with its version at the merge base. `head` is the swagger the linter already
 * parsed (`swaggerFromJsonFile(connector.swagger)`); without it, head is read from the working tree, or from the
 * commit `changed.head`. A new connector, a deleted one, or an unchanged swagger has nothing to compare: `skipped`
 * says which, so the report can tell the user instead of raising change findings on a brand-new connector.
 */
export function breakingChangesAgainstBase(
  changed: ChangedConnectors,
  connector: ChangedConnector,
  head?: SwaggerVersion,
  options: DiffOptions = {},
): BaseComparison {
  if (connector.deleted) return skip('deleted', 'The connector was deleted; there is no new version to compare.');
  const basePath = connector.swagger.base;
  if (connector.isNew && !connector.movedFrom) {
    return skip('new', 'New connector: it has no previous version, so breaking changes were not checked.');
  }
  if (!basePath) return skip('no-swagger', 'The previous version has no apiDefinition.swagger.json; breaking changes were not checked.');
  const headPath = connector.swagger.head;
  if (!headPath) return skip('no-swagger', 'The connector has no apiDefinition.swagger.json; breaking changes were not checked.');
  if (!connector.swaggerChanged && !connector.movedFrom) return skip('unchanged', 'apiDefinition.swagger.json did not change.');

  const headName = path.posix.basename(headPath);
  let headVersion = head;
  if (!headVersion) {
    const bytes = changed.head === undefined ? readWorkingTree(changed.repoRoot, headPath) : readFileAt(changed.repoRoot, changed.head, headPath);
    if (!bytes) return skip('unreadable', `${headName} cannot be read; breaking changes were not checked.`);
    const parsed = swaggerFromBytes(bytes, headName);
    if (!parsed.version) {
      return skip('invalid', `${headName} is not valid JSON (${parsed.problem.message}); breaking changes are checked once it is.`);
    }
    headVersion = parsed.version;
  }

  const baseBytes = readFileAt(changed.repoRoot, changed.mergeBase, basePath);
  if (!baseBytes) return skip('unreadable', `${basePath} is not in the merge base; breaking changes were not checked.`);
  const parsedBase = swaggerFromBytes(baseBytes, path.posix.basename(basePath));
  if (!parsedBase.version) {
    return skip('invalid', `The previous ${basePath} is not valid JSON (${parsedBase.problem.message}); breaking changes were not checked.`);
  }
  return { findings: diffSwaggers(parsedBase.version, headVersion, options), compared: { base: basePath, head: headPath } };
}

type SkipReason = NonNullable<BaseComparison['reason']>;

function skip(reason: SkipReason, text: string): BaseComparison {
  return { findings: [], reason, skipped: text };
}

function readWorkingTree(root: string, file: string): Buffer | undefined {
  try {
    return fs.readFileSync(path.join(root, ...file.split('/')));
  } catch {
    return undefined;
  }
}
