import { defineSpectralRule } from '../../src/model/rule';
import { INDEPENDENT_BRAND_COLOR } from '../../src/engine/program';
import { ruleFunction } from '../functions/rule-function';
import { isObject, show } from '../lib/json';
import { FILES, INDEPENDENT_ONLY } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'props-brand-color-independent',
  severity: 'error',
  programs: INDEPENDENT_ONLY,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: `Independent-publisher connectors use iconBrandColor ${INDEPENDENT_BRAND_COLOR}.`,
  criterion: {
    text: `Independent publishers do not brand their connector: iconBrandColor must be ${INDEPENDENT_BRAND_COLOR}.`,
    url: SOURCES.submissionIp,
    rows: ['props-brandcolor-ip'],
  },
  fix: `Set properties.iconBrandColor to "${INDEPENDENT_BRAND_COLOR}".`,
  given: '$',
  then: {
    function: ruleFunction('independentBrandColor', (root: unknown) => {
      const props = isObject(root) ? root.properties : undefined;
      if (!isObject(props)) return;
      const color = props.iconBrandColor;
      if (typeof color === 'string' && color.trim().toLowerCase() === INDEPENDENT_BRAND_COLOR) return;
      return [{ message: `iconBrandColor is ${color === undefined ? 'missing' : show(color)}; independent publishers must use "${INDEPENDENT_BRAND_COLOR}".`, path: ['properties', 'iconBrandColor'] }];
    }),
  },
});
