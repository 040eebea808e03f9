import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { propertiesOf } from '../lib/api-properties';
import { FILES, INDEPENDENT_ONLY } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { sameName } from '../lib/names';

export default defineSpectralRule({
  id: 'props-ip-publisher-ne-owner',
  severity: 'warning',
  programs: INDEPENDENT_ONLY,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: 'In an independent-publisher connector, publisher (you) and stackOwner (the service owner) differ.',
  criterion: {
    text: 'An independent publisher does not own the service: publisher names the person who built the connector and stackOwner the company behind the service.',
    url: SOURCES.submissionIp,
    rows: ['props-ip-publisher-ne-owner'],
  },
  fix: 'Set stackOwner to the company that owns the service, and publisher to your own name.',
  given: '$',
  then: {
    function: ruleFunction('ipPublisherNeOwner', (root: unknown) => {
      const props = propertiesOf(root);
      const { publisher, stackOwner } = props ?? {};
      if (typeof publisher !== 'string' || typeof stackOwner !== 'string' || publisher.trim() === '') return;
      if (!sameName(publisher, stackOwner)) return;
      return [{ message: `publisher and stackOwner are both "${publisher}"; stackOwner should name the company that owns the service.`, path: ['properties', 'stackOwner'] }];
    }),
  },
});
