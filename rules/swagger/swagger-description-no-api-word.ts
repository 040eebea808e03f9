import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { apiWordsIn, quoteList } from '../lib/connector-info';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-description-no-api-word',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'info.description does not use the word "API".',
  criterion: {
    text: 'The string guidance asks that the connector description not use the word API: users care about the service, not its interface.',
    url: SOURCES.strings,
    rows: ['def-description-no-api-word'],
  },
  fix: 'Rephrase without "API", e.g. "Connect to the Contoso service to …".',
  given: '$.info.description',
  then: {
    function: ruleFunction('descriptionNoApiWord', (description: unknown) => {
      if (typeof description !== 'string') return;
      const words = apiWordsIn(description);
      if (words.length > 0) return [{ message: `The description uses the word ${quoteList(words)}.` }];
    }),
  },
});
