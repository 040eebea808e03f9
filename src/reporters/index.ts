import { json } from './json';
import { stylish } from './stylish';
import type { Reporter } from './types';

export const REPORTERS: Record<string, Reporter> = { stylish, json };

export type { Reporter, ReporterContext } from './types';
