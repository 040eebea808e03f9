import * as fs from 'node:fs';
import * as path from 'node:path';
import { changedFiles, listFilesAt, mergeBase, resolveCommit, type ChangedFile } from './git';

/** The files that make a folder a connector (matched case-insensitively, as the loader does). */
const CONNECTOR_FILES = ['apidefinition.swagger.json', 'apiproperties.json'];
const SWAGGER_FILE = 'apidefinition.swagger.json';
/** Smallest git similarity score (percent) at which a renamed swagger counts as its connector moving. */
const MOVE_SIMILARITY = 90;

/** A connector folder touched by the changes. Paths are relative to the repository root, with `/` (`.` for the root). */
export interface ChangedConnector {
  dir: string;
  /** Absolute folder path (it may no longer exist when the connector was deleted). */
  absolute: string;
  /** No apiDefinition.swagger.json or apiProperties.json in this folder at the merge base: nothing to compare with. */
  isNew: boolean;
  /** Neither file is in this folder at head any more: the connector was deleted (or moved away). */
  deleted: boolean;
  /** The changed files of this connector (a rename is listed under each connector its two names belong to). */
  files: ChangedFile[];
  /**
   * The swagger at the merge base and at head (repository-relative, exact case), when there is one. For a connector
   * moved from another folder, `base` is the swagger in that folder.
   */
  swagger: { base?: string; head?: string };
  /** True when the swagger itself is among the changed files (so breaking changes are possible). */
  swaggerChanged: boolean;
  /**
   * For a new connector whose swagger was moved, nearly unchanged (git similarity of 90% or more), out of a folder that
   * is no longer a connector: that folder. Its swagger is the one to compare with (`swagger.base`).
   */
  movedFrom?: string;
}

export interface ChangedConnectors {
  /** Absolute repository root. */
  repoRoot: string;
  /** The ref as given, and the commit the changes are counted from (merge base of the ref and HEAD). */
  baseRef: string;
  mergeBase: string;
  /** The head compared: a commit SHA, or undefined for the working tree. */
  head?: string;
  connectors: ChangedConnector[];
  /**
   * Changed files that belong to no connector (repository files, other folders): a pull-request scope concern. A file
   * moved between a connector and such a place is listed here and under its connector.
   */
  outside: ChangedFile[];
}

export interface ChangedConnectorsOptions {
  /** Compare with this commit instead of the working tree (e.g. "HEAD" to ignore uncommitted changes). */
  head?: string;
}

/**
 * Which connectors a pull request touches: the files changed since the merge base of `baseRef` and HEAD, each mapped to
 * the nearest folder above it that holds apiDefinition.swagger.json or apiProperties.json at head or at the merge
 * base. Folders named node_modules or starting with "." are never connectors (a file inside one still belongs to the
 * connector above it).
 */
export function changedConnectors(repoRoot: string, baseRef: string, options: ChangedConnectorsOptions = {}): ChangedConnectors {
  const root = path.resolve(repoRoot);
  const base = mergeBase(root, baseRef, options.head ?? 'HEAD');
  const head = options.head === undefined ? undefined : resolveCommit(root, options.head);
  const changes = changedFiles(root, base, head);

  const atBase = connectorFilesByDir(listFilesAt(root, base));
  const atHead = head === undefined ? new WorkingTree(root) : new CommittedTree(connectorFilesByDir(listFilesAt(root, head)));

  const byDir = new Map<string, ChangedConnector>();
  const outside: ChangedFile[] = [];
  for (const change of changes) {
    const names = change.oldPath !== undefined && change.oldPath !== change.path ? [change.oldPath, change.path] : [change.path];
    let outsideAny = false;
    for (const name of names) {
      const dir = connectorDirOf(name, (d) => atBase.has(d) || atHead.files(d).length > 0);
      if (dir === undefined) {
        outsideAny = true;
        continue;
      }
      let connector = byDir.get(dir);
      if (!connector) {
        const baseFiles = atBase.get(dir) ?? [];
        const headFiles = atHead.files(dir);
        connector = {
          dir,
          absolute: dir === '.' ? root : path.join(root, ...dir.split('/')),
          isNew: baseFiles.length === 0,
          deleted: headFiles.length === 0,
          files: [],
          swagger: { base: swaggerIn(baseFiles), head: swaggerIn(headFiles) },
          swaggerChanged: false,
        };
        byDir.set(dir, connector);
      }
      if (!connector.files.includes(change)) connector.files.push(change);
      if (isSwaggerOf(dir, name)) connector.swaggerChanged = true;
    }
    if (outsideAny) outside.push(change);
  }

  for (const connector of byDir.values()) {
    if (!connector.isNew) continue;
    // A folder moved (git sees its swagger renamed, nearly unchanged, out of a folder that is no longer a connector):
    // the old folder holds the version to compare with. A looser match could pair two unrelated connectors.
    const moved = connector.files.find(
      (f) => f.status === 'renamed' && f.oldPath !== undefined && (f.similarity ?? 0) >= MOVE_SIMILARITY && isSwaggerOf(connector.dir, f.path),
    );
    const from = moved?.oldPath ? parentDir(moved.oldPath) : undefined;
    if (moved?.oldPath && from !== undefined && atBase.has(from) && byDir.get(from)?.deleted === true) {
      connector.movedFrom = from;
      connector.swagger.base = moved.oldPath;
    }
  }

  const connectors = [...byDir.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  return { repoRoot: root, baseRef, mergeBase: base, head, connectors, outside };
}

/** The nearest folder above `file` (repository-relative) that `isConnector` accepts, skipping excluded folders. */
export function connectorDirOf(file: string, isConnector: (dir: string) => boolean): string | undefined {
  const segments = file.split('/');
  segments.pop();
  for (let n = segments.length; n >= 0; n--) {
    const dirSegments = segments.slice(0, n);
    if (dirSegments.some(excludedSegment)) continue;
    const dir = n === 0 ? '.' : dirSegments.join('/');
    if (isConnector(dir)) return dir;
  }
  return undefined;
}

function excludedSegment(segment: string): boolean {
  return segment === 'node_modules' || segment.startsWith('.');
}

function parentDir(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '.' : file.slice(0, slash);
}

/** Folder (repository-relative, `.` for the root) → the connector files directly in it, by their exact names. */
function connectorFilesByDir(files: string[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const file of files) {
    const slash = file.lastIndexOf('/');
    const name = file.slice(slash + 1);
    if (!CONNECTOR_FILES.includes(name.toLowerCase())) continue;
    const dir = slash < 0 ? '.' : file.slice(0, slash);
    let list = result.get(dir);
    if (!list) result.set(dir, (list = []));
    list.push(file);
  }
  return result;
}

function swaggerIn(files: string[]): string | undefined {
  const exact = files.find((f) => f.endsWith('/apiDefinition.swagger.json') || f === 'apiDefinition.swagger.json');
  return exact ?? files.find((f) => f.slice(f.lastIndexOf('/') + 1).toLowerCase() === SWAGGER_FILE);
}

function isSwaggerOf(dir: string, file: string): boolean {
  return parentDir(file) === dir && file.slice(file.lastIndexOf('/') + 1).toLowerCase() === SWAGGER_FILE;
}

/** The connector files of a folder at head. */
interface HeadTree {
  files(dir: string): string[];
}

class CommittedTree implements HeadTree {
  constructor(private readonly byDir: Map<string, string[]>) {}

  files(dir: string): string[] {
    return this.byDir.get(dir) ?? [];
  }
}

/** The working tree, read from disk (folders are listed once each; links are not followed). */
class WorkingTree implements HeadTree {
  private readonly cache = new Map<string, string[]>();

  constructor(private readonly root: string) {}

  files(dir: string): string[] {
    let files = this.cache.get(dir);
    if (files) return files;
    files = [];
    try {
      const absolute = dir === '.' ? this.root : path.join(this.root, ...dir.split('/'));
      for (const entry of fs.readdirSync(absolute, { withFileTypes: true })) {
        if ((entry.isFile() || entry.isSymbolicLink()) && CONNECTOR_FILES.includes(entry.name.toLowerCase())) {
          files.push(dir === '.' ? entry.name : `${dir}/${entry.name}`);
        }
      }
    } catch {
      // A folder that no longer exists holds no connector.
    }
    this.cache.set(dir, files);
    return files;
  }
}
