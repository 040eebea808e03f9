import { html } from './html';
import { json } from './json';
import { stylish } from './stylish';
import { summary } from './summary';
import type { Reporter } from './types';

export const REPORTERS: Record<string, Reporter> = { stylish, json, summary, html };

export type { Reporter, ReporterContext } from './types';
