import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import type { StringLiteral } from './lib/csharp-lexer';
import { masked, secretKind } from '../../../rules/lib/secret-values';
import { scriptOf } from './lib/script-source';

export default defineCheck({
  id: 'script-no-secrets',
  severity: 'error',
  programs: BOTH,
  file: FILES.script,
  description: 'script.csx contains no hard-coded API keys, tokens or passwords.',
  criterion: {
    text: 'A submitted connector is public: credentials must come from the connection (request headers, connection parameters), never from the code.',
    url: SOURCES.repoReadme,
    rows: ['script-no-secrets'],
  },
  fix: 'Remove the credential from the script, revoke it, and read it from the incoming request or a connection parameter instead.',
  run(connector, report) {
    const script = scriptOf(connector);
    if (!script) return;
    const { code, position } = script.lexed;
    const literals = [...script.lexed.strings].sort((a, b) => a.start - b.start);
    literals.forEach((literal, index) => {
      const holder = secretHolder(code, literals[index - 1], literal);
      const kind = secretKind(literal.value, holder);
      if (!kind) return;
      report({
        file: script.file.name,
        ...position(literal.start),
        message: `The script hard-codes ${kind}${holder ? ` for "${holder}"` : ''}: ${masked(literal.value)}.`,
      });
    });
  },
});

/**
 * The name a literal is given to: `apiKey = "…"`, `ApiKey: "…"`, `Headers.Add("X-Api-Key", "…")` or
 * `headers["Authorization"] = "…"`. The shared secret heuristics decide whether that name holds a credential.
 */
function secretHolder(code: string, previous: StringLiteral | undefined, literal: StringLiteral): string | undefined {
  const assigned = assignedName(code, literal.start);
  if (assigned) return assigned;
  if (previous && /^\s*(,|\]\s*=)\s*$/.test(code.slice(previous.end, literal.start))) return previous.value.trim();
  return undefined;
}

/** The name in `name = "…"` or `name: "…"` just before a literal (not `==`, `!=`, `<=`, `>=`), by a short backward scan. */
function assignedName(code: string, start: number): string | undefined {
  let i = start - 1;
  while (i >= 0 && start - i < 100 && /\s/.test(code[i])) i--;
  if (code[i] !== '=' && code[i] !== ':') return undefined;
  if (code[i] === '=' && '=!<>'.includes(code[i - 1] ?? '')) return undefined;
  i--;
  while (i >= 0 && start - i < 200 && /\s/.test(code[i])) i--;
  const end = i + 1;
  while (i >= 0 && end - i <= 100 && /[\w@]/.test(code[i])) i--;
  return end - (i + 1) > 0 ? code.slice(i + 1, end) : undefined;
}
