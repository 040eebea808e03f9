import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document } from '@stoplight/spectral-core';
import type { BinaryFile, ConnectorFiles, FolderEntry, JsonFile, ReadProblem, TextFile } from './context';
import { LIMITS } from './limits';
import { checkStrictJson, nestingDepth } from './strict-json';
import { decodeText } from './text-decode';
import { PlainJson } from './json-parser';
import { registerSourceText } from '../../rules/lib/source-text';

type Reader = (dir: string, entry: FolderEntry) => JsonFile | TextFile | BinaryFile;

/** The files rules read, and how. Names match case-insensitively, so a wrongly cased file is still linted (and reported). */
const KNOWN_FILES: Array<[keyof ConnectorFiles, string, Reader]> = [
  ['swagger', 'apidefinition.swagger.json', readJson],
  ['apiProperties', 'apiproperties.json', readJson],
  ['settings', 'settings.json', readJson],
  ['readme', 'readme.md', readText],
  ['intro', 'intro.md', readText],
  ['script', 'script.csx', readText],
  ['icon', 'icon.png', readBinary],
];

export function loadFolder(dir: string): ConnectorFiles {
  let entries: FolderEntry[];
  try {
    entries = listEntries(dir);
  } catch (error) {
    return { entries: [], unreadable: { message: `The folder cannot be read: ${describeFsError(error)}.` } };
  }
  const top = entries.filter((e) => !e.name.includes('/'));
  const folder: Record<string, unknown> = { entries };
  for (const [key, name, read] of KNOWN_FILES) {
    const entry = top.find((e) => e.name.toLowerCase() === name);
    if (entry) folder[key] = read(dir, entry);
  }
  return folder as unknown as ConnectorFiles;
}

/** Entries of the folder and of its direct sub-folders (never following links). */
function listEntries(dir: string): FolderEntry[] {
  const result: FolderEntry[] = [];
  for (const dirent of fs.readdirSync(dir, { withFileTypes: true })) {
    const entry = toEntry(dir, dirent.name, dirent);
    result.push(entry);
    if (entry.kind === 'directory') {
      try {
        for (const child of fs.readdirSync(path.join(dir, dirent.name), { withFileTypes: true })) {
          result.push(toEntry(dir, `${dirent.name}/${child.name}`, child));
        }
      } catch {
        // An unreadable sub-folder is still listed itself; its content does not matter to any rule.
      }
    }
  }
  return result.sort((a, b) => a.name.localeCompare(b.name));
}

function toEntry(dir: string, name: string, dirent: fs.Dirent): FolderEntry {
  const kind = dirent.isSymbolicLink() ? 'symlink' : dirent.isDirectory() ? 'directory' : dirent.isFile() ? 'file' : 'other';
  let size = 0;
  if (kind === 'file') {
    try {
      size = fs.lstatSync(path.join(dir, name)).size;
    } catch {
      size = 0;
    }
  }
  return { name, kind, size };
}

/** Reads a file's bytes unless it is something we must not or cannot read; says why not. */
function readBytes(dir: string, entry: FolderEntry, maxBytes: number): { bytes?: Buffer; size: number; problem?: ReadProblem; truncated?: boolean } {
  const full = path.join(dir, entry.name);
  if (entry.kind === 'directory') return { size: 0, problem: { message: `"${entry.name}" is a folder, not a file.` } };
  if (entry.kind === 'other') return { size: 0, problem: { message: `"${entry.name}" is not a regular file.` } };
  if (entry.kind === 'symlink') {
    let target: string;
    try {
      target = fs.realpathSync(full);
    } catch (error) {
      return { size: 0, problem: { message: `"${entry.name}" is a symbolic link that cannot be resolved (${describeFsError(error)}); it was not read.` } };
    }
    const root = fs.realpathSync(dir);
    if (target !== root && !target.startsWith(root + path.sep)) {
      return { size: 0, problem: { message: `"${entry.name}" is a symbolic link to a file outside the connector folder; it was not followed.` } };
    }
  }
  let size: number;
  try {
    const stat = fs.statSync(full);
    if (!stat.isFile()) return { size: 0, problem: { message: `"${entry.name}" is not a regular file.` } };
    size = stat.size;
  } catch (error) {
    return { size: 0, problem: { message: `"${entry.name}" cannot be read: ${describeFsError(error)}.` } };
  }
  try {
    if (size <= maxBytes) return { bytes: fs.readFileSync(full), size };
    const fd = fs.openSync(full, 'r');
    try {
      const bytes = Buffer.alloc(maxBytes);
      const read = fs.readSync(fd, bytes, 0, maxBytes, 0);
      return { bytes: bytes.subarray(0, read), size, truncated: true };
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    return { size, problem: { message: `"${entry.name}" cannot be read: ${describeFsError(error)}.` } };
  }
}

function readText(dir: string, entry: FolderEntry): TextFile {
  const { bytes, size, problem } = readBytes(dir, entry, LIMITS.maxTextBytes);
  if (!bytes) return { name: entry.name, size, text: '', hasBom: false, unreadable: problem };
  const decoded = decodeText(bytes);
  return { name: entry.name, size, text: decoded.text, hasBom: decoded.hasBom, encoding: decoded.problem };
}

function readBinary(dir: string, entry: FolderEntry): BinaryFile {
  const { bytes, size, problem, truncated } = readBytes(dir, entry, LIMITS.maxImageBytes);
  if (!bytes || truncated) {
    return {
      name: entry.name,
      size,
      bytes: Buffer.alloc(0),
      unreadable: problem ?? { message: `"${entry.name}" is ${size} bytes, over the ${LIMITS.maxImageBytes} bytes connector-precheck reads.` },
    };
  }
  return { name: entry.name, size, bytes };
}

function readJson(dir: string, entry: FolderEntry): JsonFile {
  const { bytes, size, problem, truncated } = readBytes(dir, entry, LIMITS.maxJsonBytes);
  const empty = { name: entry.name, size, text: '', hasBom: false, data: undefined, duplicateKeys: [] };
  if (!bytes) return { ...empty, unreadable: problem };
  if (truncated) {
    return { ...empty, unreadable: { message: `"${entry.name}" is ${(size / 1048576).toFixed(1)} MB, over the ${LIMITS.maxJsonBytes / 1048576} MB connector-precheck parses; it was not linted.` } };
  }
  const decoded = decodeText(bytes);
  const file: JsonFile = { ...empty, text: decoded.text, hasBom: decoded.hasBom, encoding: decoded.problem };
  if (decoded.text === '' && decoded.problem) return file;
  file.syntax = checkStrictJson(decoded.text);
  const depth = nestingDepth(decoded.text, LIMITS.maxJsonDepth);
  if (depth > LIMITS.maxJsonDepth) {
    file.syntax = { message: `The JSON is nested more than ${LIMITS.maxJsonDepth} levels deep; it was not linted further.`, line: 1, column: 1 };
    return file;
  }
  const document = new Document(decoded.text, PlainJson, path.resolve(dir, entry.name));
  file.document = document;
  file.data = document.data;
  registerSourceText(file.data, decoded.text);
  for (const d of document.diagnostics) {
    if (d.message.startsWith('Duplicate key')) {
      file.duplicateKeys.push({
        key: d.message.replace(/^Duplicate key:\s*/, ''),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        path: [...d.path],
      });
    }
  }
  return file;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENOENT':
      return 'it does not exist';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return code ?? (error as Error).message;
  }
}
