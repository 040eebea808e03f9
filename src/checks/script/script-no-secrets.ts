import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import type { StringLiteral } from './lib/csharp-lexer';
import { scriptOf } from './lib/script-source';

/** Credential formats recognisable on their own, wherever they appear. */
const KNOWN_FORMATS: Array<[string, RegExp]> = [
  ['a private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['an AWS access key', /\bAKIA[0-9A-Z]{16}\b/],
  ['a Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['a GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ['a Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
  ['a Stripe secret key', /\b[sr]k_live_[0-9A-Za-z]{16,}/],
  ['a JSON Web Token', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
  ['a bearer token', /^\s*Bearer\s+[A-Za-z0-9._~+/-]{20,}=*\s*$/],
  ['basic credentials', /^\s*Basic\s+[A-Za-z0-9+/]{16,}={0,2}\s*$/],
];

/** Names of variables, properties, arguments and headers that hold credentials. */
const SECRET_NAME = /(api[_-]?key|apikey|secret|passw(or)?d|\bpwd\b|token|access[_-]?key|private[_-]?key|subscription[_-]?key|authorization|credential)/i;
/** ...unless the name is about the credential rather than the credential itself (tokenUrl, ApiKeyHeader). */
const NOT_A_VALUE = /(url|uri|endpoint|path|name|header|field|param|parameter|prefix|type|label|format|pattern|scheme|property|key?id)$/i;
/** Values that are obviously placeholders. */
const PLACEHOLDER = /^(x+|\*+|\.+|0+|dummy|placeholder|changeme|todo|your|my|<|\{|\[\[|test|example|sample|none|null)/i;

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
      const known = KNOWN_FORMATS.find(([, pattern]) => pattern.test(literal.value));
      const holder = known ? undefined : secretHolder(code, literals[index - 1], literal);
      if (!known && !(holder && looksLikeSecret(literal.value))) return;
      report({
        file: script.file.name,
        ...position(literal.start),
        message: known ? `The script contains ${known[0]} in a string literal.` : `The script hard-codes a value for "${holder}".`,
      });
    });
  },
});

/**
 * The name the literal is assigned to, when it names a credential: `apiKey = "…"`, `ApiKey: "…"`,
 * `Headers.Add("X-Api-Key", "…")` or `headers["Authorization"] = "…"`.
 */
function secretHolder(code: string, previous: StringLiteral | undefined, literal: StringLiteral): string | undefined {
  const assigned = assignedName(code, literal.start);
  if (assigned && SECRET_NAME.test(assigned) && !NOT_A_VALUE.test(assigned)) return assigned;
  if (previous && /^\s*(,|\]\s*=)\s*$/.test(code.slice(previous.end, literal.start))) {
    const key = previous.value.trim();
    if (SECRET_NAME.test(key) && !NOT_A_VALUE.test(key)) return key;
  }
  return undefined;
}

/** Long, unbroken mixes of letters and digits; not URLs, sentences, templates or placeholders. */
function looksLikeSecret(value: string): boolean {
  const v = value.trim();
  return v.length >= 12 && !/\s/.test(v) && /[A-Za-z]/.test(v) && /\d/.test(v) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !PLACEHOLDER.test(v) && !/[{}]/.test(v);
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
