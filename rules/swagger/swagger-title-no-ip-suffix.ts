import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { FILES, INDEPENDENT_ONLY } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-title-no-ip-suffix',
  severity: 'warning',
  programs: INDEPENDENT_ONLY,
  file: FILES.swagger,
  document: 'swagger',
  description: 'An independent-publisher info.title does not contain "(Independent Publisher)".',
  criterion: {
    text: 'The "(Independent Publisher)" suffix belongs in the pull-request title and is added to the display name; info.title holds the bare name.',
    url: SOURCES.repoReadme,
    rows: ['def-title-no-ip-suffix'],
  },
  fix: 'Remove "(Independent Publisher)" from info.title and put it in the pull-request title instead.',
  given: '$.info.title',
  then: {
    function: ruleFunction('titleNoIpSuffix', (title: unknown) => {
      if (typeof title === 'string' && /independent\s+publisher/i.test(title)) {
        return [{ message: `The title "${title}" contains "Independent Publisher".` }];
      }
    }),
  },
});
