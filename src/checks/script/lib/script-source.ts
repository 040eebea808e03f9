import type { ConnectorContext, TextFile } from '../../../engine/context';
import { lexScript, type LexedScript } from './csharp-lexer';

/** The connector's script.csx, lexed; undefined when there is none or it could not be read as text. */
export function scriptOf(connector: ConnectorContext): { file: TextFile; lexed: LexedScript } | undefined {
  const file = connector.script;
  if (!file || file.unreadable || (file.encoding && file.text === '')) return undefined;
  return { file, lexed: lexScript(file) };
}

export interface UsingDirective {
  /** The namespace (or, for aliases and `using static`, the type) named by the directive. */
  target: string;
  kind: 'namespace' | 'alias' | 'static';
  /** The alias name of `using Alias = Target;`. */
  alias?: string;
  offset: number;
}

// Each part of a dotted name starts with its own dot, so the pattern cannot backtrack badly on crafted input.
const USING = /(?<=^|[;{}])(\s*)(?:global\s+)?using\s+(static\s+)?(?:(@?\w+)\s*=\s*)?(\w+(?:\s*\.\s*\w+){0,30})\s*;/g;

/** The `using` directives of the script (not `using (…)` or `using var` statements). */
export function usingDirectives(lexed: LexedScript): UsingDirective[] {
  const result: UsingDirective[] = [];
  for (const match of lexed.code.matchAll(USING)) {
    const offset = match.index + match[1].length;
    const kind = match[2] ? 'static' : match[3] ? 'alias' : 'namespace';
    result.push({ target: match[4].replace(/\s+/g, ''), kind, offset, ...(match[3] ? { alias: match[3] } : {}) });
  }
  return result;
}
