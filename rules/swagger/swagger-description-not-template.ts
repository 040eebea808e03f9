import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** Phrases of the connector template's placeholder description. */
const PLACEHOLDERS = [/short description of the connecting service/i, /between 30 and 500 characters/i];

export default defineSpectralRule({
  id: 'swagger-description-not-template',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'info.description is not the placeholder text of the connector template.',
  criterion: {
    text: 'The description must describe the service, not repeat the placeholder left from the repository template.',
    url: SOURCES.templates,
    rows: ['def-description-not-template'],
  },
  fix: 'Replace the placeholder with 30–500 characters on what the service is and what users can do with it.',
  given: '$.info.description',
  then: {
    function: ruleFunction('descriptionNotTemplate', (description: unknown) => {
      if (typeof description === 'string' && PLACEHOLDERS.some((p) => p.test(description))) {
        return [{ message: `The description is the template placeholder ${JSON.stringify(description.length > 60 ? description.slice(0, 59) + '…' : description)}.` }];
      }
    }),
  },
});
