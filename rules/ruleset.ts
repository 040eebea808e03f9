/**
 * Our Spectral rules as one rule set for stock Spectral (its CLI and VS Code extension), through `.spectral.yaml`.
 * connector-precheck itself builds its rule sets per document kind in src/engine/spectral-runner.ts; here the
 * document kinds become Spectral formats so that each rule only sees the file it was written for.
 */
import type { RulesetDefinition } from '@stoplight/spectral-core';
import { toRulesetDefinition } from '../src/engine/ruleset-definition';
import type { JsonDocumentKind, SpectralRule } from '../src/model/rule';
import { SPECTRAL_RULES } from './index';
import { isObject } from './lib/json';

type Format = ((document: unknown) => boolean) & { displayName: string };

function format(displayName: string, test: (document: Record<string, unknown>) => boolean): Format {
  const f = ((document: unknown) => isObject(document) && test(document)) as Format;
  f.displayName = displayName;
  return f;
}

const FORMATS: Record<JsonDocumentKind, Format> = {
  swagger: format('Power Platform connector definition', (d) => 'swagger' in d || 'openapi' in d || isObject(d.paths)),
  apiProperties: format('Power Platform connector properties', (d) => isObject(d.properties) && !('swagger' in d) && !('paths' in d)),
  settings: format('Power Platform connector settings', (d) => ['apiDefinition', 'apiProperties', 'connectorId', 'environment'].some((k) => k in d)),
};

/** Stock Spectral knows nothing of programs, so only the rules that apply to both programs are included. */
function buildRuleset(): RulesetDefinition {
  const spectralRules: SpectralRule[] = SPECTRAL_RULES.filter((r) => r.programs.length === 2);
  const definition = toRulesetDefinition(spectralRules) as { rules: Record<string, Record<string, unknown>> };
  for (const rule of spectralRules) definition.rules[rule.id].formats = [FORMATS[rule.document]];
  return { formats: Object.values(FORMATS), rules: definition.rules } as unknown as RulesetDefinition;
}

// Stock Spectral loads a CommonJS rule set from module.exports itself.
export = buildRuleset();
