/** The two certification programs. `unknown` lints with the rules common to both. */
export type Program = 'verified' | 'independent';
export type ProgramOrUnknown = Program | 'unknown';

export const PROGRAMS: readonly Program[] = ['verified', 'independent'];

export function isProgram(value: string): value is Program {
  return (PROGRAMS as readonly string[]).includes(value);
}
