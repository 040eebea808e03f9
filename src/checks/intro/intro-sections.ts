import { defineCheck } from '../../model/rule';
import { FILES, VERIFIED_ONLY } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { markdownOf } from '../readme/lib/markdown';
import { SECTIONS } from '../readme/lib/template';

/** The sections of a Partner Center intro.md, with the heading wordings accepted for each. */
const INTRO_SECTIONS: Array<{ name: string; matches: RegExp }> = [
  { name: 'Prerequisites', matches: SECTIONS.prerequisites.matches },
  { name: 'How to get credentials', matches: SECTIONS.credentials.matches },
  { name: 'Known issues and limitations', matches: SECTIONS.knownIssues.matches },
  { name: 'Common errors and remedies', matches: /^(common )?errors\b|^troubleshooting\b/ },
  { name: 'FAQ', matches: SECTIONS.faq.matches },
];

export default defineCheck({
  id: 'intro-sections',
  severity: 'warning',
  programs: VERIFIED_ONLY,
  file: FILES.intro,
  description: 'intro.md, when the folder has one, opens with a description and has the sections of a Partner Center intro.',
  criterion: {
    text: 'The intro.md of a verified connector package opens with a paragraph describing the service and has the sections Prerequisites, How to get credentials, Known issues and limitations, Common errors and remedies and FAQ (Get started is optional).',
    url: SOURCES.policyErrors,
    rows: ['intro-sections'],
  },
  fix: 'Add the missing part to intro.md: a description paragraph first, then a "## <section>" heading for each section.',
  run(connector, report) {
    const doc = markdownOf(connector.intro);
    if (!doc) return;
    const file = connector.intro!.name;
    const firstBlock = doc.root.children.find((n) => n.type !== 'heading' && n.type !== 'html' && n.type !== 'thematicBreak');
    const firstSection = doc.headings.find((h) => INTRO_SECTIONS.some((s) => s.matches.test(h.key)));
    const describedEarly = firstBlock?.type === 'paragraph' && (!firstSection || doc.root.children.indexOf(firstBlock) < firstSection.index);
    if (!describedEarly) {
      report({ file, line: 1, message: 'intro.md does not open with a paragraph that describes the service and the connector.' });
    }
    for (const section of INTRO_SECTIONS) {
      if (doc.headings.some((h) => section.matches.test(h.key))) continue;
      report({ file, line: doc.lines, message: `intro.md has no "${section.name}" section.` });
    }
  },
});
