import { INTERNAL_ERROR } from './engine/internal-error';
import { LINT_TIMEOUT } from './engine/lint-timeout';
import { BREAKING_RULES } from './diff/rules';
import { PR_RULES } from './pull-request/rules';
import type { CheckRule, Rule, RuleMeta, SpectralRule } from './model/rule';
import { RULES } from './registry';

/** Findings the engine itself reports, with the same metadata as rules. */
export const ENGINE_RULES: RuleMeta[] = [INTERNAL_ERROR, LINT_TIMEOUT];

/** Rules decided outside one connector's files: base versus head (breaking changes) and pull-request scope. */
export const CHANGE_RULES: RuleMeta[] = [...BREAKING_RULES, ...PR_RULES];

/** Every rule by id: the one place reporters, `rules` and `explain` read metadata from. */
export class Catalog {
  readonly rules: Rule[];
  private readonly byId = new Map<string, RuleMeta>();

  constructor(rules: Rule[] = RULES) {
    this.rules = rules;
    for (const meta of [...rules, ...ENGINE_RULES, ...CHANGE_RULES]) {
      if (this.byId.has(meta.id)) throw new Error(`Two rules have the id "${meta.id}".`);
      this.byId.set(meta.id, meta);
    }
  }

  get(id: string): RuleMeta | undefined {
    return this.byId.get(id);
  }

  /** All metadata, including the engine's own entries (internal-error, lint-timeout), sorted by id. */
  all(): RuleMeta[] {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Rules whose Microsoft validator code is `code` (case-insensitive). */
  byValidatorCode(code: string): RuleMeta[] {
    const wanted = code.toLowerCase();
    return this.all().filter((r) => r.validatorCodes?.some((c) => c.toLowerCase() === wanted));
  }

  spectralRules(): SpectralRule[] {
    return this.rules.filter((r): r is SpectralRule => r.kind === 'spectral');
  }

  checks(): CheckRule[] {
    return this.rules.filter((r): r is CheckRule => r.kind === 'check');
  }
}
