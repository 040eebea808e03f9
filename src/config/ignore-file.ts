import * as path from 'node:path';
import { closest } from 'fastest-levenshtein';
import { minimatch } from 'minimatch';
import type { Catalog } from '../catalog';
import type { Finding } from '../model/finding';
import { pointerWithin, readYamlOrJson } from './config';
import { ConfigError } from './config-error';
import { lazyValidator } from './lazy-validator';

/** File names of the ignore file, searched upward from each connector folder. */
export const IGNORE_FILES = ['.connector-precheck-ignore.yaml', '.connector-precheck-ignore.yml', '.connector-precheck-ignore.json'] as const;

/** One accepted finding: which connector, rule and place, and why it is accepted. */
export interface IgnoreEntry {
  /** Connector folder glob, relative to the ignore file's folder. */
  connector: string;
  rule: string;
  file?: string;
  /** The finding's pointer or one above it. */
  pointer?: string;
  reason: string;
  /** The ignore file and the entry's position in it, for messages. */
  source: string;
  index: number;
  base: string;
}

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['ignore'],
  properties: {
    ignore: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['connector', 'rule', 'reason'],
        properties: {
          connector: { type: 'string', minLength: 1 },
          rule: { type: 'string', minLength: 1 },
          file: { type: 'string', minLength: 1 },
          pointer: { type: 'string' },
          reason: { type: 'string', pattern: '\\S' },
        },
      },
    },
  },
};
const validate = lazyValidator(schema);

export function loadIgnoreFile(file: string, catalog: Catalog): IgnoreEntry[] {
  const data = readYamlOrJson(file) ?? { ignore: [] };
  if (!validate(data)) {
    const e = validate.errors![0];
    const hint = e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === 'reason' ? ' Every ignored finding needs a reason.' : '';
    throw new ConfigError(`${file}: ${e.instancePath || 'the root'} ${e.message}.${hint}`);
  }
  const base = path.dirname(path.resolve(file));
  const ids = catalog.all().map((r) => r.id);
  return (data as { ignore: Array<Omit<IgnoreEntry, 'source' | 'index' | 'base'>> }).ignore.map((entry, index) => {
    if (!catalog.get(entry.rule)) throw new ConfigError(`${file}: entry ${index + 1} names unknown rule "${entry.rule}" (did you mean "${closest(entry.rule, ids)}"?).`);
    return { ...entry, source: file, index, base };
  });
}

/** True when the entry accepts this finding of the connector in `connectorDir`. */
export function ignores(entry: IgnoreEntry, connectorDir: string, finding: Finding): boolean {
  if (entry.rule !== finding.rule) return false;
  if (!coversConnector(entry, connectorDir)) return false;
  if (entry.file !== undefined && entry.file !== finding.file) return false;
  if (entry.pointer !== undefined && !pointerWithin(finding.pointer, entry.pointer)) return false;
  return true;
}

export function coversConnector(entry: IgnoreEntry, connectorDir: string): boolean {
  const relative = path.relative(entry.base, connectorDir).split(path.sep).join('/') || '.';
  return minimatch(relative, entry.connector.replace(/\/$/, ''), { dot: true });
}
