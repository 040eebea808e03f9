import { Ruleset, Spectral } from '@stoplight/spectral-core';
import type { Finding } from '../model/finding';
import type { ProgramOrUnknown } from '../model/program';
import { appliesTo, type JsonDocumentKind, type SpectralRule } from '../model/rule';
import { takeReported, toRulesetDefinition, type Reported } from './ruleset-definition';
import { INTERNAL_ERROR } from './internal-error';
import { locate } from './locate';
import type { JsonFile, JsonPath, SpectralDocument } from './context';
import { toPointer } from './pointer';

/**
 * Spectral asks its resolver for the document with `$ref`s resolved. Ours resolves nothing: no file or URL is ever read,
 * rules see the document as written (following "#/" refs themselves where they need to), and the crawl of every `$ref`
 * (the costliest part of a Spectral run on connectors) never happens. Stock resolvers also cache each document they
 * see, which leaks memory across a long run; this one keeps nothing.
 */
const NO_RESOLVER = {
  uriCache: {},
  resolve: async (data: unknown) => ({ result: data, graph: null, errors: [], refMap: {} }),
};

/** Builds each rule set once per run and lints documents with a fresh Spectral instance each (see spectral.md). */
export class SpectralRunner {
  private readonly rulesets = new Map<string, Ruleset | null>();

  private readonly byId: Map<string, SpectralRule>;

  constructor(private readonly rules: SpectralRule[]) {
    this.byId = new Map(rules.map((r) => [r.id, r]));
  }

  private rulesetFor(kind: JsonDocumentKind, program: ProgramOrUnknown): Ruleset | null {
    const key = `${kind}:${program}`;
    if (!this.rulesets.has(key)) {
      const selected = this.rules.filter((r) => r.document === kind && appliesTo(r, program));
      this.rulesets.set(key, selected.length === 0 ? null : new Ruleset(toRulesetDefinition(selected, 'collect'), { source: `/connector-precheck/${kind}.json` }));
    }
    return this.rulesets.get(key)!;
  }

  /** Builds the rule sets for every document kind of a program. */
  prepare(program: ProgramOrUnknown): void {
    for (const kind of ['swagger', 'apiProperties', 'settings'] as const) this.rulesetFor(kind, program);
  }

  async lint(file: JsonFile, kind: JsonDocumentKind, program: ProgramOrUnknown): Promise<Finding[]> {
    const document = file.document;
    if (!document) return [];
    const ruleset = this.rulesetFor(kind, program);
    if (!ruleset) return [];
    const spectral = new Spectral({ resolver: NO_RESOLVER as never });
    spectral.setRuleset(ruleset);
    try {
      await spectral.run(document, { ignoreUnknownFormat: true });
    } catch (error) {
      takeReported(document);
      return [internalError(file.name, `Spectral failed on ${file.name}: ${(error as Error).message}`)];
    }
    // The rule functions' results were collected on the side (see ruleset-definition.ts); Spectral returned none.
    // A rule may report the same message at the same place twice (Spectral dropped such repeats); keep the first.
    // Keyed by pointer alone, with the few entries of each place compared: cheaper than one long key per finding
    // (quadratic only in the findings at one place, which are a handful).
    const findings: Finding[] = [];
    const seen = new Map<string, Reported[]>();
    for (const entry of takeReported(document)) {
      entry.message = entry.message.trim();
      const pointer = toPointer(entry.path);
      const here = seen.get(pointer);
      if (here?.some((e) => e.rule === entry.rule && e.message === entry.message)) continue;
      if (here) here.push(entry);
      else seen.set(pointer, [entry]);
      findings.push(toFinding(entry, pointer, file, document, this.byId.get(entry.rule)!));
    }
    return findings;
  }
}

function toFinding(entry: Reported, pointer: string, file: JsonFile, document: SpectralDocument, rule: SpectralRule): Finding {
  if (entry.internal) return internalError(file.name, entry.message, entry.path, document);
  const range = locate(document, entry.path);
  // Written out in report order (no spread: this runs for every finding).
  if (!range) return { rule: rule.id, severity: rule.severity, file: file.name, pointer, message: entry.message, fix: rule.fix };
  return {
    rule: rule.id,
    severity: rule.severity,
    file: file.name,
    pointer,
    line: range.start.line + 1,
    column: range.start.character + 1,
    message: entry.message,
    fix: rule.fix,
  };
}

function internalError(file: string, message: string, path?: JsonPath, document?: SpectralDocument): Finding {
  const range = path ? locate(document, path) : undefined;
  return {
    rule: INTERNAL_ERROR.id,
    severity: 'error',
    file,
    ...(path ? { pointer: toPointer(path) } : {}),
    ...(range ? { line: range.start.line + 1, column: range.start.character + 1 } : {}),
    message,
    fix: INTERNAL_ERROR.fix,
  };
}
