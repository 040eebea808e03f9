/** Organisation names compared loosely: case, punctuation and legal-form suffixes (Inc, Ltd, LLC, GmbH…) ignored. */
const LEGAL_FORMS = /\b(inc|incorporated|ltd|limited|llc|gmbh|ag|sa|sas|bv|nv|ab|as|oy|plc|corp|corporation|co|company|pty|srl|spa|kk)\b/g;

export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(LEGAL_FORMS, ' ')
    .replace(/\s+/g, '')
    .trim();
}

export function sameName(a: string, b: string): boolean {
  const [x, y] = [normalizeName(a), normalizeName(b)];
  return x === '' || y === '' ? a.trim().toLowerCase() === b.trim().toLowerCase() : x === y;
}
