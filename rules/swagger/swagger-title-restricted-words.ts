import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { apiWordsIn, isTemplateTitle, productNamesIn, quoteList } from '../lib/connector-info';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-title-restricted-words',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'info.title does not contain the words "API" or "Connector" nor a Power Platform product name.',
  criterion: {
    text: 'The connector title must not use the words API or Connector, nor name Power Apps, Power Automate, Logic Apps, Power Platform, Copilot Studio or Power BI.',
    url: SOURCES.submission,
    rows: ['def-title-restricted-words', 'sv-value-contains-restricted-words'],
  },
  validatorCodes: ['ValueContainsRestrictedWords', '5000.2.2.2'],
  fix: 'Use the bare product or company name as the title, e.g. "Contoso" instead of "Contoso API Connector".',
  given: '$.info.title',
  then: {
    function: ruleFunction('titleRestrictedWords', (title: unknown) => {
      // The template's placeholder names the restricted words itself; swagger-title-not-template reports it.
      if (typeof title !== 'string' || isTemplateTitle(title)) return;
      const words = [...apiWordsIn(title), ...title.match(/\bconnectors?\b/gi) ?? [], ...productNamesIn(title)];
      if (words.length > 0) return [{ message: `The title "${title}" contains the restricted word${new Set(words).size > 1 ? 's' : ''} ${quoteList(words)}.` }];
    }),
  },
});
