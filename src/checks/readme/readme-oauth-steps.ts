import type { Nodes } from 'mdast';
import { defineCheck } from '../../model/rule';
import { FILES, INDEPENDENT_ONLY } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { usesOAuth } from './lib/auth';
import { markdownOf, plainText, walk } from './lib/markdown';
import { SECTIONS } from './lib/template';

const MIN_STEPS = 3;
/** Words that show the steps are about registering the OAuth app, not about signing in. */
const APP_SETUP = /redirect|callback|client[ _-]?id|client[ _-]?secret|app(lication)? registration|regist(er|ration)|create (an? )?(new )?(oauth )?(app|application|client|integration)|consumer key/i;

export default defineCheck({
  id: 'readme-oauth-steps',
  severity: 'error',
  programs: INDEPENDENT_ONLY,
  file: FILES.readme,
  description: 'An independent-publisher OAuth connector explains in readme.md, step by step, how to register the OAuth app.',
  criterion: {
    text: 'Microsoft registers the OAuth app of an independent-publisher connector from the readme, so Obtaining Credentials must list the steps to create it (where to register, the redirect URL, the client id and secret, the scopes).',
    url: SOURCES.submissionIp,
    rows: ['readme-oauth-steps'],
  },
  fix: 'Under "## Obtaining Credentials", add a numbered list of the steps to register the OAuth app, including the redirect URL and where to find the client id and secret.',
  run(connector, report) {
    const doc = markdownOf(connector.readme);
    if (!doc || !usesOAuth(connector)) return;
    const credentials = doc.headings.filter((h) => SECTIONS.credentials.matches.test(h.key));
    const scope: Nodes[] = credentials.length > 0 ? credentials.flatMap((h) => doc.section(h).nodes) : doc.root.children;
    const text = scope.map(plainText).join('\n');
    const steps = countSteps(scope, text);
    if (steps >= MIN_STEPS && APP_SETUP.test(text)) return;
    const where = credentials[0];
    const place = where ? ` under "${where.text}"` : '';
    const lack = steps < MIN_STEPS ? `it gives ${steps === 0 ? 'no steps' : `${steps} step${steps === 1 ? '' : 's'}`}, at least ${MIN_STEPS} are expected` : 'the steps never mention the redirect URL, the client id or the client secret';
    report({
      file: connector.readme!.name,
      line: where?.line ?? 1,
      column: where?.column,
      message: `The connector signs in with OAuth, but the readme${place} does not explain how to register the OAuth app: ${lack}.`,
    });
  },
});

/** A sentence that tells the reader to do something in the provider's portal. */
const ACTION = /\b(go to|navigate|click|select|choose|create|register|add|copy|enter|paste|open|sign in|log ?in|grant|configure|save|generate|set up)\b/i;

/**
 * How many steps the nodes spell out: the longest list, all numbered items together (steps interrupted by images or
 * code blocks form several lists), or the sentences of prose that each tell the reader to do something.
 */
function countSteps(nodes: Nodes[], text: string): number {
  let longest = 0;
  let numbered = 0;
  for (const node of nodes) {
    walk(node, (n) => {
      if (n.type !== 'list') return;
      longest = Math.max(longest, n.children.length);
      if (n.ordered) numbered += n.children.length;
    });
  }
  const actions = text.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => ACTION.test(sentence)).length;
  return Math.max(longest, numbered, actions);
}
