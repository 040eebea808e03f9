import { INTERNAL_ERROR } from './engine/internal-error';
import { LINT_TIMEOUT } from './engine/lint-timeout';
import { BREAKING_RULES } from './diff/rules';
import { PR_RULES } from './pull-request/rules';
import type { CheckRule, Rule, RuleMeta, SpectralRule } from './model/rule';

/** Findings the engine itself reports, with the same metadata as rules. */
export const ENGINE_RULES: RuleMeta[] = [INTERNAL_ERROR, LINT_TIMEOUT];

/** Rules decided outside one connector's files: base versus head (breaking changes) and pull-request scope. */
export const CHANGE_RULES: RuleMeta[] = [...BREAKING_RULES, ...PR_RULES];

/**
 * Every rule by id: the one place reporters, `rules` and `explain` read metadata from. The rule modules are loaded on
 * first use, so that a command that never needs them (the CLI's main thread, while workers lint) starts fast.
 */
export class Catalog {
  private loaded?: { rules: Rule[]; byId: Map<string, RuleMeta> };

  constructor(private readonly given?: Rule[]) {}

  get rules(): Rule[] {
    return this.load().rules;
  }

  private get byId(): Map<string, RuleMeta> {
    return this.load().byId;
  }

  private load(): NonNullable<Catalog['loaded']> {
    if (!this.loaded) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const rules = this.given ?? (require('./registry') as typeof import('./registry')).RULES;
      const byId = new Map<string, RuleMeta>();
      for (const meta of [...rules, ...ENGINE_RULES, ...CHANGE_RULES]) {
        if (byId.has(meta.id)) throw new Error(`Two rules have the id "${meta.id}".`);
        byId.set(meta.id, meta);
      }
      this.loaded = { rules, byId };
    }
    return this.loaded;
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
