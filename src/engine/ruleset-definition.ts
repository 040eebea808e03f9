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
    const thens = Array.isArray(rule.then) ? rule.then : [rule.then];
    definition[rule.id] = {
      description: rule.description,
      message: '{{error}}',
      severity: SPECTRAL_SEVERITY[rule.severity],
      given: rule.given,
      resolved: false,
      documentationUrl: docsUrl(rule.id),
      then: thens.map((t) => guard(rule, t, delivery)),
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
