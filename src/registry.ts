import { SPECTRAL_RULES } from '../rules/index';
import type { Rule } from './model/rule';
import { CHECKS } from './checks/index';

/** Every rule: the Spectral rules (rules/) and the TypeScript checks (src/checks/), each listed by `npm run gen`. */
export const RULES: Rule[] = [...SPECTRAL_RULES, ...CHECKS];
