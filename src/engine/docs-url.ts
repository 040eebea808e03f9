/** Where each rule's documentation page is published. */
export const DOCS_BASE = 'https://github.com/connector-precheck/connector-precheck/blob/main/docs/rules';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}/${ruleId}.md`;
}
