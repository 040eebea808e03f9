import type { RulesetDefinition } from '@stoplight/spectral-core';
import type { SpectralRule, SpectralThen } from '../model/rule';
import type { JsonPath } from './context';
import { docsUrl } from './docs-url';

/** What a rule function reported, keyed by document: Spectral cuts the path of a missing key back to its parent. */
export interface Reported { rule: string; message: string; path: JsonPath; internal: boolean }
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

/** What the rule functions reported on `document` since the last call (the side table is emptied). */
export function takeReported(document: object): Reported[] {
  const list = reportedByDocument.get(document) ?? [];
  reportedByDocument.delete(document);
  return list;
}
