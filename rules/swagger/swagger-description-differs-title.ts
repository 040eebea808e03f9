import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** Case, spacing and a final full stop do not make a description different. */
function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '').toLowerCase();
}

export default defineSpectralRule({
  id: 'swagger-description-differs-title',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'info.description says more than info.title.',
  criterion: {
    text: 'The description must explain the service; repeating the title adds nothing for users.',
    url: SOURCES.submission,
    rows: ['def-description-differs-title'],
  },
  fix: 'Write a description that says what the service does and what the connector lets users do.',
  given: '$.info',
  then: {
    function: ruleFunction('descriptionDiffersTitle', (info: unknown) => {
      if (!isObject(info) || typeof info.title !== 'string' || typeof info.description !== 'string') return;
      if (info.title.trim() === '' || normalize(info.title) !== normalize(info.description)) return;
      return [{ message: `The description "${info.description}" only repeats the title.`, path: ['info', 'description'] }];
    }),
  },
});
