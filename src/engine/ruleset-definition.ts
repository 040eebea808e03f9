import type { RulesetDefinition } from '@stoplight/spectral-core';
import type { SpectralRule, SpectralThen } from '../model/rule';
import type { JsonPath } from './context';
import { docsUrl } from './docs-url';

/** What a rule function reported, with the full path (Spectral would cut the path of a missing key to its parent). */
export interface Reported { rule: string; message: string; path: JsonPath; internal: boolean }
const reportedByDocument = new WeakMap<object, Reported[]>();

function remember(document: object, entry: Reported): void {
  let list = reportedByDocument.get(document);
  if (!list) reportedByDocument.set(document, (list = []));
  list.push(entry);
}

/**
 * How rule results reach the caller. `collect`: results go to a side table read with `takeReported` and Spectral gets
 * none — connector-precheck builds its findings from them, which spares Spectral's per-result work (ranges, templated
 * messages, de-duplication, sorting) that it would redo anyway. `return`: results also go to Spectral, as stock
 * Spectral (CLI, editor) needs.
 */
export type ResultDelivery = 'collect' | 'return';

/** Wraps a rule function so that a throw becomes an internal-error result instead of failing the whole run. */
function guard(rule: SpectralRule, then: SpectralThen, delivery: ResultDelivery): SpectralThen {
  const inner = then.function;
  const guarded = function (this: unknown, input: unknown, options: unknown, ctx: Parameters<typeof inner>[2]) {
    try {
      const results = inner.call(this, input, options, ctx) as Array<{ message: string; path?: JsonPath }> | void;
      if (Array.isArray(results)) {
        for (const r of results) remember(ctx.document, { rule: rule.id, message: r.message, path: r.path ?? [...ctx.path], internal: false });
      }
      return delivery === 'return' ? results : undefined;
    } catch (error) {
      const message = `Rule ${rule.id} failed: ${(error as Error)?.message ?? String(error)}`;
      remember(ctx.document, { rule: rule.id, message, path: [...ctx.path], internal: true });
      return delivery === 'return' ? [{ message, path: ctx.path }] : undefined;
    }
  };
  Object.defineProperty(guarded, 'name', { value: inner.name || rule.id });
  return { ...then, function: guarded as unknown as SpectralThen['function'] };
}

const SPECTRAL_SEVERITY = { error: 'error', warning: 'warn', info: 'info' } as const;

/** A Spectral rule set definition for the given rules (also used to build the stock-Spectral bundle). */
export function toRulesetDefinition(rules: SpectralRule[], delivery: ResultDelivery = 'return'): RulesetDefinition {
  const definition: Record<string, unknown> = {};
  for (const rule of rules) {
    const thens = (Array.isArray(rule.then) ? rule.then : [rule.then]).map((t) => guard(rule, t, delivery));
    const paths = delivery === 'collect' && !thens.some((t) => t.field !== undefined) ? fixedPaths(rule.given) : undefined;
    definition[rule.id] = {
      description: rule.description,
      message: '{{error}}',
      severity: SPECTRAL_SEVERITY[rule.severity],
      given: paths ? '$' : rule.given,
      resolved: false,
      documentationUrl: docsUrl(rule.id),
      then: paths ? thens.map((t) => atFixedPaths(t, paths)) : thens,
    };
  }
  return { rules: definition } as RulesetDefinition;
}

/** `$.info.contact`: member names only (no wildcard, filter, index or recursion). */
const FIXED_PATH = /^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

/**
 * The paths of a rule's `given` when each is `$` or a fixed path like `$.info.title`, with at least one fixed path;
 * otherwise undefined. Spectral compiles every distinct `given` of a rule set into a JSONPath query for each document
 * it lints, and each fixed path costs about as much as running ten rules on a small connector; under `$` they cost
 * nothing.
 */
function fixedPaths(given: string | string[]): string[][] | undefined {
  const givens = Array.isArray(given) ? given : [given];
  if (!givens.every((g) => g === '$' || FIXED_PATH.test(g)) || givens.every((g) => g === '$')) return undefined;
  return givens.map((g) => (g === '$' ? [] : g.slice(2).split('.')));
}

/**
 * Runs a guarded rule function written for fixed paths from the document root, as Spectral would: once per path whose
 * value is defined and whose parent is an object, with that value and a fresh copy of that path as `ctx.path`. Only
 * for `collect` delivery, where the guard files the results (a result without a path gets `ctx.path`) and a throw at
 * one path is reported there without costing the other paths their results. Not for thens with a `field`, which
 * Spectral would resolve against the root instead of the given value.
 */
function atFixedPaths(then: SpectralThen, paths: string[][]): SpectralThen {
  const guarded = then.function;
  const fromRoot = function (this: unknown, root: unknown, options: unknown, ctx: Parameters<typeof guarded>[2]) {
    for (const path of paths) {
      const value = valueAt(root, path);
      if (value === undefined && path.length > 0) continue;
      ctx.path = [...path];
      guarded.call(this, value, options, ctx);
    }
  };
  Object.defineProperty(fromRoot, 'name', { value: guarded.name });
  return { ...then, function: fromRoot as unknown as SpectralThen['function'] };
}

function valueAt(root: unknown, path: string[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** What the rule functions reported on `document` since the last call (the side table is emptied). */
export function takeReported(document: object): Reported[] {
  const list = reportedByDocument.get(document) ?? [];
  reportedByDocument.delete(document);
  return list;
}
