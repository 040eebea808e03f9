import { defineCheck } from '../../model/rule';
import { FILES, VERIFIED_ONLY } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { iconBackgroundColor } from './lib/background-color';
import { hex } from './lib/icon-image';

export default defineCheck({
  id: 'icon-background-not-white-or-default',
  severity: 'error',
  programs: VERIFIED_ONLY,
  file: FILES.icon,
  description: 'The background of icon.png is neither white (#ffffff) nor the default connector blue (#007ee5).',
  criterion: {
    text: 'The icon background must be the brand colour; white and the default custom-connector blue #007ee5 are not accepted.',
    url: SOURCES.submission,
    rows: ['icon-background-not-white-or-default'],
  },
  validatorCodes: ['5000.2.1.1'],
  fix: 'Fill the icon background with your brand colour (the iconBrandColor of apiProperties.json).',
  run(connector, report) {
    const background = iconBackgroundColor(connector);
    if (!background?.banned) return;
    report({
      file: connector.icon!.name,
      message: `The background of icon.png is ${hex(background.color)}, ${background.banned}; use your brand colour.`,
    });
  },
});
