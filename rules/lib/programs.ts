import type { Program } from '../../src/model/program';

export const BOTH: Program[] = ['verified', 'independent'];
export const VERIFIED_ONLY: Program[] = ['verified'];
export const INDEPENDENT_ONLY: Program[] = ['independent'];

export const FILES = {
  swagger: 'apiDefinition.swagger.json',
  apiProperties: 'apiProperties.json',
  settings: 'settings.json',
  readme: 'readme.md',
  script: 'script.csx',
  icon: 'icon.png',
  intro: 'intro.md',
  folder: '.',
} as const;
