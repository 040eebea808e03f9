import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { propertiesOf } from '../lib/api-properties';
import { FILES, VERIFIED_ONLY } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { sameName } from '../lib/names';

export default defineSpectralRule({
  id: 'props-verified-publisher-eq-owner',
  severity: 'warning',
  programs: VERIFIED_ONLY,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'In a verified connector, publisher and stackOwner name the same company.',
  criterion: {
    text: 'Verified publishers own the service they connect to, so publisher and stackOwner normally match; a partner building for the service owner is the exception.',
    url: SOURCES.submission,
    rows: ['props-verified-publisher-eq-owner'],
  },
  fix: 'Use the same company name in publisher and stackOwner, unless you build the connector on behalf of the service owner.',
  given: '$',
  then: {
    function: ruleFunction('verifiedPublisherEqOwner', (root: unknown) => {
      const props = propertiesOf(root);
      const { publisher, stackOwner } = props ?? {};
      if (typeof publisher !== 'string' || typeof stackOwner !== 'string' || publisher.trim() === '' || stackOwner.trim() === '') return;
      if (sameName(publisher, stackOwner)) return;
      return [{ message: `publisher "${publisher}" differs from stackOwner "${stackOwner}"; for a verified publisher they are normally the same company.`, path: ['properties', 'stackOwner'] }];
    }),
  },
});
