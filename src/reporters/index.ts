import { azurePipelines } from './azure-pipelines';
import { github } from './github';
import { html } from './html';
import { json } from './json';
import { junit } from './junit';
import { markdown } from './markdown';
import { sarif } from './sarif';
import { stylish } from './stylish';
import { summary } from './summary';
import type { Reporter } from './types';

/** Every output format by its `--format` name. */
export const REPORTERS: Record<string, Reporter> = {
  stylish,
  json,
  sarif,
  github,
  markdown,
  junit,
  'azure-pipelines': azurePipelines,
  summary,
  html,
};

export type { Reporter, ReporterContext } from './types';
