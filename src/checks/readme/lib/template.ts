import type { ProgramOrUnknown } from '../../../model/program';
import type { Heading, MarkdownDoc } from './markdown';

/** A section of the repository's readme template, and the heading wordings accepted for it. */
export interface TemplateSection {
  /** The heading as the template writes it. */
  name: string;
  /** Matches the heading key (lower-case words, see keyOf). */
  matches: RegExp;
}

/**
 * The sections of templates/certified-connectors/readme.md and templates/Independent Publisher/readme.md, in template
 * order. Common rewordings ("Pre-requisites", "How to get credentials", "Supported Actions") are accepted: the rules
 * check that the content is there, not the exact words.
 */
export const SECTIONS = {
  publisher: { name: '## Publisher: <name>', matches: /^publisher(s)?\b/ },
  prerequisites: { name: '## Prerequisites', matches: /^(pre ?requisites?|requirements)\b/ },
  operations: {
    name: '## Supported Operations',
    matches: /^(supported |available )?(operations|actions|triggers|actions and triggers|triggers and actions|endpoints)\b/,
  },
  credentials: {
    name: '## Obtaining Credentials',
    matches:
      /^((obtaining|obtain|getting|get|how to get|how to obtain|how to get the|how to get your|how to create)( the| your| an| a)? )?(credentials?|api keys?|api tokens?|access tokens?|authentication|authorization|keys?)\b|^(authentication|authorization|credentials)\b/,
  },
  gettingStarted: { name: '## Getting Started', matches: /^(getting started|get started|how to use|usage)\b/ },
  knownIssues: { name: '## Known Issues and Limitations', matches: /^(known (issues|limitations)|limitations|issues and limitations)\b/ },
  faq: { name: '## Frequently Asked Questions', matches: /^(frequently asked questions|faqs?)\b/ },
  deployment: { name: '## Deployment Instructions', matches: /^(deployment|deploying|how to deploy|deploy)\b/ },
} satisfies Record<string, TemplateSection>;

export type SectionKey = keyof typeof SECTIONS;

/** Template order, used to say where a missing section belongs. */
export const TEMPLATE_ORDER: SectionKey[] = ['publisher', 'prerequisites', 'operations', 'credentials', 'gettingStarted', 'knownIssues', 'faq', 'deployment'];

/** Sections each program's template marks Required (besides the title); Deployment Instructions only for verified. */
export function requiredSections(program: ProgramOrUnknown): SectionKey[] {
  const common: SectionKey[] = ['publisher', 'prerequisites', 'operations', 'credentials', 'knownIssues'];
  return program === 'verified' ? [...common, 'deployment'] : common;
}

/** Sections the template marks Optional for this program. */
export function optionalSections(program: ProgramOrUnknown): SectionKey[] {
  return program === 'verified' ? ['gettingStarted', 'faq'] : ['gettingStarted', 'faq', 'deployment'];
}

/** The first heading that opens this section, if any. */
export function findSection(doc: MarkdownDoc, key: SectionKey): Heading | undefined {
  return doc.headings.find((h) => SECTIONS[key].matches.test(h.key));
}

/** The line a missing section should be reported at: the next template section that is present, or the end. */
export function lineForMissing(doc: MarkdownDoc, key: SectionKey): number {
  for (const later of TEMPLATE_ORDER.slice(TEMPLATE_ORDER.indexOf(key) + 1)) {
    const heading = findSection(doc, later);
    if (heading) return heading.line;
  }
  return doc.lines;
}
