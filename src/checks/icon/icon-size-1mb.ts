import { defineCheck } from '../../model/rule';
import { FILES, VERIFIED_ONLY } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

const LIMIT = 1024 * 1024;

export default defineCheck({
  id: 'icon-size-1mb',
  severity: 'error',
  programs: VERIFIED_ONLY,
  file: FILES.icon,
  description: 'icon.png is smaller than 1 MB.',
  criterion: {
    text: 'The icon file must be smaller than 1 MB.',
    url: SOURCES.policyErrors,
    rows: ['icon-size-1mb'],
  },
  validatorCodes: ['5000.2.1.2'],
  fix: 'Export the icon at 230 × 230 pixels and compress it (a flat logo on one colour is a few kilobytes).',
  run(connector, report) {
    const icon = connector.icon;
    if (!icon || icon.size < LIMIT) return;
    report({ file: icon.name, message: `icon.png is ${(icon.size / LIMIT).toFixed(2)} MB (${icon.size} bytes); it must be smaller than 1 MB.` });
  },
});
