import type { Document } from '@stoplight/spectral-core';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SpectralDocument = Document<unknown, any>;
import type { ProgramOrUnknown } from '../model/program';

export type JsonPath = Array<string | number>;

/** A problem met while reading a file, before any rule ran (reported by the file-level rules). */
export interface ReadProblem {
  message: string;
  line?: number;
  column?: number;
}

interface FileBase {
  /** Name relative to the connector folder, with `/`. */
  name: string;
  /** Size in bytes on disk. */
  size: number;
  /** Set when the file could not be read at all (permission, a folder, a link out of the folder, too large). */
  unreadable?: ReadProblem;
}

export interface TextFile extends FileBase {
  text: string;
  hasBom: boolean;
  /** Encoding problem (not UTF-8, UTF-16, binary). */
  encoding?: ReadProblem;
}

export interface JsonFile extends TextFile {
  /** First strict-JSON syntax problem, if any. */
  syntax?: ReadProblem;
  /** The parsed value (recovered leniently when the syntax is broken); undefined when nothing could be parsed. */
  data: unknown;
  /** Spectral's view of the file, which also maps JSON paths to positions. Absent when the file was not parsed. */
  document?: SpectralDocument;
  /** Duplicate keys seen by the parser, with their positions. */
  duplicateKeys: Array<{ key: string; line: number; column: number; path: JsonPath }>;
}

export interface BinaryFile extends FileBase {
  bytes: Buffer;
}

export interface FolderEntry {
  /** Relative to the connector folder, with `/`. */
  name: string;
  kind: 'file' | 'directory' | 'symlink' | 'other';
  size: number;
}

/** The files of a connector folder, each read and parsed once. */
export interface ConnectorFiles {
  /** Files and folders directly in the connector folder, and one level below. */
  entries: FolderEntry[];
  /** Set when the folder itself could not be listed. */
  unreadable?: ReadProblem;
  swagger?: JsonFile;
  apiProperties?: JsonFile;
  settings?: JsonFile;
  readme?: TextFile;
  intro?: TextFile;
  script?: TextFile;
  icon?: BinaryFile;
}

/** Everything the rules may look at for one connector: its files, shared by all rules, and its program. */
export interface ConnectorContext extends ConnectorFiles {
  /** Absolute folder path. */
  dir: string;
  /** Folder as shown to the user. */
  path: string;
  program: ProgramOrUnknown;
  /** How the program was decided, in words (shown when it was not the folder location). */
  programSource: 'option' | 'folder' | 'apiProperties' | 'none';
}

export interface CheckReport {
  file: string;
  /** JSON path into `file` (for JSON files): gives the pointer and the position. */
  path?: JsonPath;
  line?: number;
  column?: number;
  message: string;
}

export type CheckReporter = (report: CheckReport) => void;

/** The JSON files of a connector by name, for rules that look at each of them. */
export function jsonFiles(connector: ConnectorContext): JsonFile[] {
  return [connector.swagger, connector.apiProperties, connector.settings].filter((f): f is JsonFile => f !== undefined);
}
