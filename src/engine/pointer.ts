import type { JsonPath } from './context';

/** RFC 6901 JSON Pointer of a path ("" for the root). */
export function toPointer(path: JsonPath): string {
  let pointer = '';
  for (const segment of path) {
    const text = String(segment);
    pointer += '/' + (text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text);
  }
  return pointer;
}

/** The path of an RFC 6901 pointer. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
