import { Ruleset, Spectral, type IRuleResult, type RulesetDefinition } from '@stoplight/spectral-core';
import { Resolver } from '@stoplight/spectral-ref-resolver';
import type { Finding } from '../model/finding';
import type { ProgramOrUnknown } from '../model/program';
import { appliesTo, type JsonDocumentKind, type SpectralRule, type SpectralThen } from '../model/rule';
import { docsUrl } from './docs-url';
import { INTERNAL_ERROR } from './internal-error';
import { locate } from './locate';
import type { JsonFile, JsonPath, SpectralDocument } from './context';
import { toPointer } from './pointer';

/** What a rule function reported, keyed by document: Spectral cuts the path of a missing key back to its parent. */
interface Reported { rule: string; message: string; path: JsonPath; internal: boolean }
const reportedByDocument = new WeakMap<object, Reported[]>();

function remember(document: object, entry: Reported): void {
  let list = reportedByDocument.get(document);
  if (!list) reportedByDocument.set(document, (list = []));
  list.push(entry);
}

/** Wraps a rule function so that a throw becomes an internal-error result instead of failing the whole run. */
function guard(rule: SpectralRule, then: SpectralThen): SpectralThen {
  const inner = then.function;
  const guarded = function (this: unknown, input: unknown, options: unknown, ctx: Parameters<typeof inner>[2]) {
    try {
      const results = inner.call(this, input, options, ctx) as Array<{ message: string; path?: JsonPath }> | void;
      if (Array.isArray(results)) {
        for (const r of results) remember(ctx.document, { rule: rule.id, message: r.message, path: r.path ?? ctx.path, internal: false });
      }
      return results;
    } catch (error) {
      const message = `Rule ${rule.id} failed: ${(error as Error)?.message ?? String(error)}`;
      remember(ctx.document, { rule: rule.id, message, path: ctx.path, internal: true });
      return [{ message, path: ctx.path }];
    }
  };
  Object.defineProperty(guarded, 'name', { value: inner.name || rule.id });
  return { ...then, function: guarded as unknown as SpectralThen['function'] };
}

const SPECTRAL_SEVERITY = { error: 'error', warning: 'warn', info: 'info' } as const;

/** A Spectral rule set definition for the given rules (also used to build the stock-Spectral bundle). */
export function toRulesetDefinition(rules: SpectralRule[]): RulesetDefinition {
  const definition: Record<string, unknown> = {};
  for (const rule of rules) {
    const thens = Array.isArray(rule.then) ? rule.then : [rule.then];
    definition[rule.id] = {
      description: rule.description,
      message: '{{error}}',
      severity: SPECTRAL_SEVERITY[rule.severity],
      given: rule.given,
      resolved: false,
      documentationUrl: docsUrl(rule.id),
      then: thens.map((t) => guard(rule, t)),
    };
  }
  return { rules: definition } as RulesetDefinition;
}

/** Builds each rule set once per run and lints documents with a fresh Spectral instance each (see spectral.md). */
export class SpectralRunner {
  private readonly rulesets = new Map<string, Ruleset | null>();

  constructor(private readonly rules: SpectralRule[]) {}

  private rulesetFor(kind: JsonDocumentKind, program: ProgramOrUnknown): Ruleset | null {
    const key = `${kind}:${program}`;
    if (!this.rulesets.has(key)) {
      const selected = this.rules.filter(
        (r) => r.document === kind && appliesTo(r, program),
      );
      this.rulesets.set(key, selected.length === 0 ? null : new Ruleset(toRulesetDefinition(selected), { source: `/connector-precheck/${kind}.json` }));
    }
    return this.rulesets.get(key)!;
  }

  async lint(file: JsonFile, kind: JsonDocumentKind, program: ProgramOrUnknown): Promise<Finding[]> {
    const document = file.document;
    if (!document) return [];
    const ruleset = this.rulesetFor(kind, program);
    if (!ruleset) return [];
    // A fresh instance per document: one long-lived resolver caches every document it sees and leaks memory.
    // No resolvers, so files and URLs are never read; and no inline dereferencing either, which costs four times the
    // rest of the run: rules see the document as written and follow "#/" refs themselves where they need to.
    const spectral = new Spectral({ resolver: new Resolver({ resolvers: {} as never, dereferenceInline: false } as never) });
    spectral.setRuleset(ruleset);
    let results: IRuleResult[];
    try {
      results = await spectral.run(document, { ignoreUnknownFormat: true });
    } catch (error) {
      return [internalError(file.name, `Spectral failed on ${file.name}: ${(error as Error).message}`)];
    } finally {
      // Spectral keeps nothing else about the document; dropping our side table bounds memory across connectors.
    }
    const reported = reportedByDocument.get(document) ?? [];
    reportedByDocument.delete(document);
    return results.filter((r) => ruleset.rules[String(r.code)] !== undefined).map((r) => toFinding(r, file, document, reported, this.rules));
  }
}

function toFinding(result: IRuleResult, file: JsonFile, document: SpectralDocument, reported: Reported[], rules: SpectralRule[]): Finding {
  const id = String(result.code);
  const index = reported.findIndex((e) => e.rule === id && e.message === result.message);
  const entry = index >= 0 ? reported.splice(index, 1)[0] : undefined;
  if (entry?.internal) return internalError(file.name, entry.message, entry.path, document);
  const rule = rules.find((r) => r.id === id)!;
  const path = entry?.path ?? (result.path as JsonPath);
  const range = locate(document, path) ?? result.range;
  return {
    rule: id,
    severity: rule.severity,
    file: file.name,
    pointer: toPointer(path),
    line: range.start.line + 1,
    column: range.start.character + 1,
    message: result.message,
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
