import type { IFunctionResult, RulesetFunctionContext } from '@stoplight/spectral-core';

export type RuleResult = IFunctionResult;

/**
 * A Spectral rule function in plain TypeScript. The engine guards it (a throw becomes an internal-error finding), and a
 * result path may name a key that does not exist: the finding's pointer then names the missing key.
 */
export function ruleFunction<Input = unknown, Options = null>(
  name: string,
  fn: (input: Input, options: Options, context: RulesetFunctionContext) => RuleResult[] | void,
) {
  Object.defineProperty(fn, 'name', { value: name });
  return fn as unknown as (input: Input, options: Options, context: RulesetFunctionContext) => RuleResult[] | void;
}
