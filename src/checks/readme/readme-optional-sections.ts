import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { markdownOf } from './lib/markdown';
import { findSection, lineForMissing, optionalSections, SECTIONS } from './lib/template';

export default defineCheck({
  id: 'readme-optional-sections',
  severity: 'info',
  programs: BOTH,
  file: FILES.readme,
  description: 'readme.md has the sections the readme template recommends: Getting Started, Frequently Asked Questions and (independent publishers) Deployment Instructions.',
  criterion: {
    text: 'The readme template marks Getting Started and Frequently Asked Questions as optional; Deployment Instructions is optional for independent publishers (required for verified ones).',
    url: SOURCES.templates,
    rows: ['readme-optional-sections'],
  },
  fix: 'Consider adding the section: it answers questions users would otherwise ask.',
  run(connector, report) {
    const doc = markdownOf(connector.readme);
    if (!doc) return;
    for (const key of optionalSections(connector.program)) {
      if (findSection(doc, key)) continue;
      report({ file: connector.readme!.name, line: lineForMissing(doc, key), message: `The readme has no "${SECTIONS[key].name}" section (optional in the template).` });
    }
  },
});
