import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { isTemplateTitle } from '../lib/connector-info';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-title-not-template',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'info.title is not the placeholder text of the connector template.',
  criterion: {
    text: 'The title must be the real connector name, not the placeholder left from the repository template or the portal default.',
    url: SOURCES.templates,
    rows: ['def-title-not-template'],
  },
  fix: 'Replace the placeholder with the product or company name, e.g. "Contoso".',
  given: '$.info.title',
  then: {
    function: ruleFunction('titleNotTemplate', (title: unknown) => {
      if (typeof title === 'string' && isTemplateTitle(title)) {
        return [{ message: `The title ${JSON.stringify(title.length > 60 ? title.slice(0, 59) + '…' : title)} is placeholder text.` }];
      }
    }),
  },
});
