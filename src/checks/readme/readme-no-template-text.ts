import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import type { Nodes } from 'mdast';
import { markdownOf, plainText } from './lib/markdown';

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
/** The first letters the placeholders can start with (ASCII case-insensitive where the pattern is), to skip most text. */
const PARAGRAPH_STARTS = 'ROAaDd';
const HEADING_STARTS = 'OoQqT';

/** Whether the first line of a heading (depth 1-6) or paragraph (depth 0) is a template placeholder. */
function isPlaceholder(depth: number, firstLine: string): boolean {
  if (!(depth === 0 ? PARAGRAPH_STARTS : HEADING_STARTS).includes(firstLine.charAt(0)) || firstLine === '') return false;
  if (depth === 1 && TITLE_PLACEHOLDER.test(firstLine)) return true;
  for (const pattern of depth === 0 ? PARAGRAPH_PLACEHOLDERS : HEADING_PLACEHOLDERS) if (pattern.test(firstLine)) return true;
  return false;
}

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
    // Depth-first like walk(), but not into paragraphs and headings: their children are inline, never one of them.
    const stack: Nodes[] = [doc.root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type !== 'heading' && node.type !== 'paragraph') {
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
        continue;
      }
      const text = plainText(node).trim();
      const end = text.indexOf('\n');
      const firstLine = end < 0 ? text : text.slice(0, end);
      if (!isPlaceholder(node.type === 'heading' ? node.depth : 0, firstLine) && !(text.includes("'") && ANYWHERE.test(text))) continue;
      report({
        file,
        line: node.position?.start.line,
        column: node.position?.start.column,
        message: `Template text left in the readme: "${firstLine.length > 70 ? firstLine.slice(0, 69) + '…' : firstLine}".`,
      });
    }
  },
});
