import { expect } from 'chai';
import { forEachLine } from '../../src/checks/swagger-text/lib/lines';

function lines(text: string): Array<[string, number]> {
  const seen: Array<[string, number]> = [];
  forEachLine(text, (start, end, line) => seen.push([text.slice(start, end), line]));
  return seen;
}

describe('forEachLine', () => {
  it('splits on \\n, \\r\\n and a lone \\r, numbering from 1', () => {
    expect(lines('a\nb\r\nc\rd')).to.deep.equal([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
  });

  it('gives an empty last line after a final break, and one empty line for empty text', () => {
    expect(lines('a\n')).to.deep.equal([['a', 1], ['', 2]]);
    expect(lines('')).to.deep.equal([['', 1]]);
    expect(lines('\r\n\r\n')).to.deep.equal([['', 1], ['', 2], ['', 3]]);
  });
});
