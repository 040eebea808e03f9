/** Telling placeholder values ("[[DUMMY]]", "<your client id>") from real client ids, secrets and tokens. */

const WRAPPED = /^(\[.*\]|<.*>|\{.*\}|\(.*\)|\*.*\*|@@.*@@|%.*%|\$\{.*\})$/s;
const PLACEHOLDER_WORDS = /dummy|placeholder|your|enter|replace|insert|example|sample|xxx|changeme|change_me|todo|tbd|here|fake|test|demo|client[\s_-]?id|client[\s_-]?secret|secret[\s_-]?key|api[\s_-]?key|redacted|removed|none|null|undefined|value/i;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for values that stand in for a real one: empty, bracketed, "dummy"/"your …"-style words, repeated characters. */
export function isPlaceholder(value: string): boolean {
  const text = value.trim();
  if (text === '') return true;
  if (WRAPPED.test(text) || PLACEHOLDER_WORDS.test(text)) return true;
  const compact = text.replace(/[-\s]/g, '');
  // All-zero or repeated-character ids (00000000-0000-…, xxxxxxxx) and counting sequences (12345).
  if (/^(.)\1*$/.test(compact)) return true;
  return /^0?1234(5(6(7(89?)?)?)?)?$/.test(compact);
}

/** True when a client id looks real: a GUID, or a long letters-and-digits token, that is not a placeholder. */
export function looksLikeRealClientId(value: string): boolean {
  const text = value.trim();
  if (isPlaceholder(text)) return false;
  if (GUID.test(text)) return true;
  return /^[A-Za-z0-9._~+/=-]{12,}$/.test(text) && /\d/.test(text) && /[A-Za-z]/.test(text);
}

/** True when a value given for a secret looks real: not a placeholder, at least 8 characters, no spaces. */
export function looksLikeRealSecret(value: string): boolean {
  const text = value.trim();
  return !isPlaceholder(text) && text.length >= 8 && !/\s/.test(text) && !text.startsWith('@');
}

/** Credential formats recognisable wherever they appear, with the name used in messages. */
const TOKEN_PATTERNS: Array<{ name: string; pattern: RegExp }> = [
  { name: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
  { name: 'a GitHub token', pattern: /\b(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/ },
  { name: 'a Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
  { name: 'an AWS access key', pattern: /\bAKIA[0-9A-Z]{16}\b/ },
  { name: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}/ },
  { name: 'a secret API key', pattern: /\b(sk|rk)_(live|test)_[A-Za-z0-9]{16,}|\bsk-[A-Za-z0-9_-]{20,}/ },
  { name: 'an Azure storage account key', pattern: /AccountKey=[A-Za-z0-9+/=]{20,}/ },
  { name: 'a shared access signature', pattern: /[?&]sig=[A-Za-z0-9%+/=]{20,}/ },
  { name: 'a bearer token', pattern: /\bBearer\s+[A-Za-z0-9._~+/-]{20,}/ },
  { name: 'a user name and password in a URL', pattern: /\bhttps?:\/\/[^\s/:@{}]+:[^\s/@{}]+@/ },
  { name: 'a client secret in a token request', pattern: /client_secret=(?![{@[<])[^&\s]{8,}/ },
];

/** All the formats in one pattern (none has flags): most text matches none, and one scan tells so. */
const ANY_TOKEN = new RegExp(TOKEN_PATTERNS.map((t) => `(?:${t.pattern.source})`).join('|'));

/** The kind of credential found in a text ("a GitHub token"), or undefined. */
export function credentialIn(text: string): string | undefined {
  if (!ANY_TOKEN.test(text)) return undefined;
  return TOKEN_PATTERNS.find((t) => t.pattern.test(text))?.name;
}

/** Names of keys or parameters that hold credentials (api_key, password, clientSecret, access_token, …). */
export const CREDENTIAL_NAME = /passw|passwd|pwd|secret|api[_-]?key|apikey|access[_-]?token|auth[_-]?token|private[_-]?key|subscription[_-]?key|license[_-]?key|[a-z]token$/i;
