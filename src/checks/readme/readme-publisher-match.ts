import { defineCheck } from '../../model/rule';
import { isObject } from '../../../rules/lib/json';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { keyOf, markdownOf } from './lib/markdown';
import { findSection } from './lib/template';

export default defineCheck({
  id: 'readme-publisher-match',
  severity: 'warning',
  programs: BOTH,
  file: FILES.readme,
  description: 'The name under "## Publisher:" in readme.md matches publisher in apiProperties.json.',
  criterion: {
    text: 'The readme names the publisher (a company, or for independent publishers one or more people); it should be the publisher declared in apiProperties.json.',
    url: SOURCES.templates,
    rows: ['readme-publisher-match'],
  },
  fix: 'Write the same publisher name in the readme heading and in apiProperties.json.',
  run(connector, report) {
    const doc = markdownOf(connector.readme);
    const props = isObject(connector.apiProperties?.data) ? connector.apiProperties.data.properties : undefined;
    const declared = isObject(props) && typeof props.publisher === 'string' ? props.publisher.trim() : '';
    if (!doc || declared === '') return;
    const heading = findSection(doc, 'publisher');
    // An unfilled template heading ("Publisher's Name") is readme-no-template-text's finding.
    if (!heading || /publisher's name/i.test(heading.text)) return;
    const inHeading = heading.text.replace(/^publishers?\s*[:\-–]?\s*/i, '').trim();
    const named = inHeading !== '' ? inHeading : doc.section(heading).text.trim().split('\n')[0].trim();
    if (named === '' || sameParty(named, declared)) return;
    report({
      file: connector.readme!.name,
      line: heading.line,
      column: heading.column,
      message: `The readme names the publisher "${named}", but apiProperties.json says "${declared}".`,
    });
  },
});

const LEGAL_FORMS = /\b(inc|incorporated|ltd|limited|llc|llp|plc|gmbh|ag|sa|sas|sarl|srl|spa|bv|b v|nv|s l|sl|ab|as|asa|oy|pty|pvt|co|corp|corporation|company|kk|kft|sp z o o)\b/g;
const LETTERS: Record<string, string> = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'þ': 'th' };

/** A name without accents, legal form, web address, punctuation and spaces: "Contoso, Inc." → "contoso". */
function compact(name: string): string {
  const words = keyOf(name.replace(/\(?\bhttps?:\/\/\S+\)?/gi, ' ').replace(/[łøđæœßþ]/gi, (c) => LETTERS[c.toLowerCase()] ?? c));
  return words.replace(LEGAL_FORMS, ' ').replace(/\s+/g, '');
}

/**
 * Names match when equal once compacted, or when one contains the other ("True Dialog" in "TrueDialog Dynamics");
 * independent publishers may list several people, any of whom may be the declared publisher.
 */
function sameParty(readmeName: string, declared: string): boolean {
  const wanted = compact(declared);
  const names = [readmeName, ...readmeName.split(/,|;|&|\band\b|\|/)].map(compact).filter((n) => n !== '');
  return names.some((n) => n === wanted || (Math.min(n.length, wanted.length) >= 4 && (n.includes(wanted) || wanted.includes(n))));
}
