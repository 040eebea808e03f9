import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { productNamesIn, quoteList } from '../lib/connector-info';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-description-restricted-words',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'info.description does not name a Power Platform product.',
  criterion: {
    text: 'The connector description must not name Power Apps, Power Automate, Logic Apps, Power Platform, Copilot Studio or Power BI: it describes the service.',
    url: SOURCES.submission,
    rows: ['def-description-restricted-words', 'sv-value-contains-restricted-words'],
  },
  validatorCodes: ['ValueContainsRestrictedWords', '5000.2.3.5'],
  fix: 'Describe the service itself and drop the Microsoft product names, e.g. "in your flows" instead of "in Power Automate".',
  given: '$.info.description',
  then: {
    function: ruleFunction('descriptionRestrictedWords', (description: unknown) => {
      if (typeof description !== 'string') return;
      const names = productNamesIn(description);
      if (names.length > 0) return [{ message: `The description names ${quoteList(names)}.` }];
    }),
  },
});
