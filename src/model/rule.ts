import type { RulesetFunction } from '@stoplight/spectral-core';
import type { Severity } from './finding';
import type { Program, ProgramOrUnknown } from './program';
import type { ConnectorContext, CheckReporter } from '../engine/context';

/** Where a rule's requirement comes from. */
export interface Criterion {
  /** The requirement in our own words. */
  text: string;
  /** Public page that states it (Microsoft Learn, the PowerPlatformConnectors repository, a review thread). */
  url: string;
  /** Row ids of ../shared/criteria.md section 10 this rule implements (used for the coverage table). */
  rows: string[];
}

/** Metadata every rule carries, whatever engine runs it. */
export interface RuleMeta {
  /** kebab-case, stable, never renamed. */
  id: string;
  severity: Severity;
  programs: Program[];
  /** The file the rule inspects (`folder` for folder-level rules). */
  file: string;
  /** One line: what the rule checks. */
  description: string;
  criterion: Criterion;
  /** Microsoft Swagger Validator / certification codes this rule mirrors. */
  validatorCodes?: string[];
  /** One imperative line: how to fix a finding. */
  fix: string;
}

/** The JSON documents Spectral lints. */
export type JsonDocumentKind = 'swagger' | 'apiProperties' | 'settings';

/** A rule run by Spectral over one JSON document. */
export interface SpectralRule extends RuleMeta {
  kind: 'spectral';
  document: JsonDocumentKind;
  given: string | string[];
  then: SpectralThen | SpectralThen[];
}

export interface SpectralThen {
  field?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  function: RulesetFunction<any, any>;
  functionOptions?: unknown;
}

/** A rule written in TypeScript over the whole connector folder (files that are not one JSON document, cross-file). */
export interface CheckRule extends RuleMeta {
  kind: 'check';
  run(connector: ConnectorContext, report: CheckReporter): void | Promise<void>;
}

export type Rule = SpectralRule | CheckRule;

export function defineSpectralRule(rule: Omit<SpectralRule, 'kind'>): SpectralRule {
  return { kind: 'spectral', ...rule };
}

export function defineCheck(rule: Omit<CheckRule, 'kind'>): CheckRule {
  return { kind: 'check', ...rule };
}

/** Whether a rule applies to a connector of this program ('unknown' gets only the rules common to both). */
export function appliesTo(rule: RuleMeta, program: ProgramOrUnknown): boolean {
  return program === 'unknown' ? rule.programs.length === 2 : rule.programs.includes(program);
}
