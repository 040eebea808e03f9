import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { markdownOf, plainText, walk } from './lib/markdown';

/** Placeholder wording of the repository's readme templates, which must be replaced by real content. */
const PARAGRAPH_PLACEHOLDERS: RegExp[] = [
  /^(Required|Optional)\.(\s|$)/,
  /^Description of operation \d+\.?$/i,
  /^Answer to question \d+\.?$/i,
];
const HEADING_PLACEHOLDERS: RegExp[] = [/^Operation \d+$/i, /^Question \d+$/i];
/** The template's "# Title"; a lower heading named Title may document a field. */
const TITLE_PLACEHOLDER = /^Title$/;
const ANYWHERE = /Publisher's Name/i;

export default defineCheck({
  id: 'readme-no-template-text',
  severity: 'error',
  programs: BOTH,
  file: FILES.readme,
  description: 'readme.md contains no placeholder text left from the readme template.',
  criterion: {
    text: 'The readme template is a skeleton: its instructions ("Required. …", "Optional. …"), "Publisher\'s Name", "Operation 1" and "Question 1" must be replaced by real content.',
    url: SOURCES.templates,
    rows: ['readme-no-template-text'],
  },
  fix: 'Replace the template text with a description of your connector, or delete it.',
  run(connector, report) {
    const doc = markdownOf(connector.readme);
    if (!doc) return;
    const file = connector.readme!.name;
    walk(doc.root, (node) => {
      if (node.type !== 'heading' && node.type !== 'paragraph') return;
      const text = plainText(node).trim();
      const patterns = node.type === 'heading' ? HEADING_PLACEHOLDERS : PARAGRAPH_PLACEHOLDERS;
      const firstLine = text.split('\n')[0];
      const title = node.type === 'heading' && node.depth === 1 && TITLE_PLACEHOLDER.test(firstLine);
      if (!title && !patterns.some((p) => p.test(firstLine)) && !ANYWHERE.test(text)) return;
      report({
        file,
        line: node.position?.start.line,
        column: node.position?.start.column,
        message: `Template text left in the readme: "${firstLine.length > 70 ? firstLine.slice(0, 69) + '…' : firstLine}".`,
      });
    });
  },
});
