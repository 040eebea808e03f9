/**
 * Calls `visit` for each line of `text` with the offsets of its first character and of its end (before the line break;
 * "\r\n", "\r" and "\n" all end a line) and its 1-based number. Nothing is copied, and line breaks are found with
 * `indexOf`, many times faster than reading every character: megabyte files have ~50,000 lines.
 */
export function forEachLine(text: string, visit: (start: number, end: number, line: number) => void): void {
  let start = 0;
  let line = 1;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    const end = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
    visit(start, end, line++);
    start = end === cr && lf === cr + 1 ? lf + 1 : end + 1;
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
  }
  visit(start, text.length, line);
}
