import * as fs from 'node:fs';
import * as path from 'node:path';
import { closest } from 'fastest-levenshtein';
import { minimatch } from 'minimatch';
import { parse as parseYaml } from 'yaml';
import type { Catalog } from '../catalog';
import type { Severity } from '../model/finding';
import { ConfigError } from './config-error';
import { lazyValidator } from './lazy-validator';

/** File names of the configuration, searched upward from each connector folder. */
export const CONFIG_FILES = ['.connector-precheck.yaml', '.connector-precheck.yml', '.connector-precheck.json'] as const;

export type RuleSetting = Severity | 'off';

interface Override {
  /** Globs relative to the config file's folder, optionally with "#<JSON pointer>". */
  files: string[];
  rules: Record<string, RuleSetting>;
}

/** A loaded configuration: rule severities and overrides in Spectral's vocabulary, `extends` already merged. */
export interface Config {
  file: string;
  rules: Record<string, RuleSetting>;
  overrides: Array<Override & { base: string }>;
}

const SEVERITY_WORDS: Record<string, RuleSetting> = { error: 'error', warn: 'warning', warning: 'warning', info: 'info', hint: 'info', off: 'off' };

const schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    extends: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    rules: { type: 'object', additionalProperties: { enum: Object.keys(SEVERITY_WORDS) } },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files', 'rules'],
        properties: {
          files: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
          rules: { type: 'object', additionalProperties: { enum: Object.keys(SEVERITY_WORDS) } },
        },
      },
    },
  },
};
const validate = lazyValidator(schema);

/** Reads a YAML or JSON file of ours, with errors that name the file. */
export function readYamlOrJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigError(`${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Loads a configuration file and what it extends; unknown rule ids and bad values are configuration errors. */
export function loadConfig(file: string, catalog: Catalog, seen: string[] = []): Config {
  const absolute = path.resolve(file);
  if (seen.includes(absolute)) throw new ConfigError(`${file} extends itself through ${seen.join(' -> ')}.`);
  const data = readYamlOrJson(absolute) ?? {};
  if (!validate(data)) {
    const e = validate.errors![0];
    throw new ConfigError(`${file}: ${e.instancePath || 'the root'} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as string[]).join(', ')})` : ''}.`);
  }
  const raw = data as { extends?: string | string[]; rules?: Record<string, string>; overrides?: Override[] };
  const base = path.dirname(absolute);
  const config: Config = { file: absolute, rules: {}, overrides: [] };
  for (const parent of [raw.extends ?? []].flat()) {
    if (parent === 'connector-precheck:recommended') continue; // the built-in defaults
    const inherited = loadConfig(path.resolve(base, parent), catalog, [...seen, absolute]);
    Object.assign(config.rules, inherited.rules);
    config.overrides.push(...inherited.overrides);
  }
  Object.assign(config.rules, checkRules(raw.rules ?? {}, catalog, file));
  for (const o of raw.overrides ?? []) config.overrides.push({ files: o.files, rules: checkRules(o.rules, catalog, file), base });
  return config;
}

function checkRules(rules: Record<string, string>, catalog: Catalog, file: string): Record<string, RuleSetting> {
  const result: Record<string, RuleSetting> = {};
  const ids = catalog.all().map((r) => r.id);
  for (const [id, value] of Object.entries(rules)) {
    if (!catalog.get(id)) throw new ConfigError(`${file}: unknown rule "${id}" (did you mean "${closest(id, ids)}"?).`);
    result[id] = SEVERITY_WORDS[value];
  }
  return result;
}

/**
 * The setting for a finding: the rules section, then every override whose glob matches the file (and whose pointer,
 * if any, is the finding's pointer or above it), the last match winning.
 */
export function settingFor(config: Config, rule: string, absoluteFile: string, pointer: string | undefined): RuleSetting | undefined {
  let setting = config.rules[rule];
  for (const o of config.overrides) {
    if (!(rule in o.rules)) continue;
    if (o.files.some((pattern) => matchesFile(pattern, o.base, absoluteFile, pointer))) setting = o.rules[rule];
  }
  return setting;
}

function matchesFile(pattern: string, base: string, absoluteFile: string, pointer: string | undefined): boolean {
  const [glob, fragment] = pattern.split('#', 2);
  const relative = path.relative(base, absoluteFile).split(path.sep).join('/');
  if (!minimatch(relative, glob, { dot: true }) && !minimatch(relative, `${glob.replace(/\/$/, '')}/**`, { dot: true })) return false;
  if (fragment === undefined) return true;
  return pointerWithin(pointer, fragment);
}

/** True when `pointer` is `prefix` or below it (braces may be written raw or percent-encoded, as Spectral does). */
export function pointerWithin(pointer: string | undefined, prefix: string): boolean {
  if (pointer === undefined) return false;
  const p = safeDecode(pointer);
  const q = safeDecode(prefix).replace(/\/$/, '');
  return q === '' || p === q || p.startsWith(q + '/');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
