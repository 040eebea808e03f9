import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { needsCredentials } from './lib/auth';
import { markdownOf, tooComplex } from './lib/markdown';
import { findSection, lineForMissing, requiredSections, SECTIONS } from './lib/template';

export default defineCheck({
  id: 'readme-required-sections',
  severity: 'warning',
  programs: BOTH,
  file: FILES.readme,
  description: "readme.md has a title and the sections its program's template marks Required.",
  criterion: {
    text: 'The readme follows the repository template: a title, Publisher, Prerequisites, Supported Operations, Obtaining Credentials and Known Issues and Limitations; the certified template also requires Deployment Instructions.',
    url: SOURCES.templates,
    rows: ['readme-required-sections'],
  },
  fix: 'Add the missing section with the heading the readme template uses, and fill it in.',
  run(connector, report) {
    const readme = connector.readme;
    const doc = markdownOf(readme);
    const skipped = readme && !doc && !readme.unreadable && !readme.encoding ? tooComplex(readme) : undefined;
    // Said once, here: the other readme rules stay silent on a readme that was not parsed.
    if (skipped) report({ file: readme!.name, line: 1, message: `${skipped}; its sections were not checked.` });
    if (!doc) return;
    const file = readme!.name;
    if (!doc.headings.some((h) => h.depth === 1)) {
      const first = doc.headings[0];
      report({
        file,
        line: first?.line ?? 1,
        message: first ? `The readme has no level-1 title; its first heading is "${first.text}" (level ${first.depth}).` : 'The readme has no headings, not even a level-1 title.',
      });
    }
    for (const key of requiredSections(connector.program)) {
      // A connection without any credential (an open API) has nothing to obtain.
      if (findSection(doc, key) || (key === 'credentials' && !needsCredentials(connector))) continue;
      const template = connector.program === 'verified' ? 'certified' : 'independent-publisher';
      report({ file, line: lineForMissing(doc, key), message: `The readme has no "${SECTIONS[key].name}" section, which the ${template} readme template requires.` });
    }
  },
});
