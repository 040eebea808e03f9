/**
 * Whether a sample value in a swagger (x-ms-test-value, default, example) is a real-looking credential. Tuned to keep
 * false alarms rare: a value counts when it has a well-known token format (see secrets.ts), or when the field it
 * fills is named like a credential and the value is long and random (or, for a password, mixes character classes)
 * and is not a placeholder.
 */
import { credentialIn, isPlaceholder } from './secrets';

/** Formats beyond those of secrets.ts. */
const MORE_FORMATS: Array<[string, RegExp]> = [
  ['a private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['a service bus or event hub key', /\bSharedAccessKey=[A-Za-z0-9+/]{30,}={0,2}/],
];

/** Field names that hold credentials ... */
const SECRET_NAME = /(api[-_ ]?key|apikey|secret|passw(or)?d|^pwd$|token|access[-_ ]?key|private[-_ ]?key|authori[sz]ation|^sig$|signature$|credential|^auth$)/i;
/** ... unless the name says it is about the credential rather than the credential itself. */
const NOT_SECRET_NAME = /(type|method|mode|role|mechanism|scope|persistence|tokeniz|continuation|next|page|count|length|expir|lifetime|format|view|apply|policy|enabled|required|url|uri|endpoint|name$|_?id$)/i;
/** Basic credentials everybody uses as an example. */
const WELL_KNOWN_DUMMIES = /^(foo:bar|user(name)?:pass(word)?|admin:admin|test:test)\s*$/i;

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / text.length) * Math.log2(n / text.length);
  return bits;
}

const isGuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/**
 * A long random-looking string: no spaces, letters and digits mixed, high entropy, not a GUID (GUIDs are ids). Hex
 * keys use a 16-letter alphabet, so their entropy is judged on a lower bar.
 */
function looksRandom(s: string): boolean {
  if (/\s/.test(s) || !/[A-Za-z]/.test(s) || !/\d/.test(s) || isGuid(s)) return false;
  return /^[0-9a-f]+$/i.test(s) ? s.length >= 20 && entropy(s) >= 3.0 : s.length >= 16 && entropy(s) >= 3.5;
}

/** A password-like string: 8+ characters from at least three of lower case, upper case, digits and symbols. */
function looksLikePassword(s: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9\s]/].filter((r) => r.test(s)).length;
  return s.length >= 8 && !/\s/.test(s) && classes >= 3;
}

/** What kind of secret `value` looks like ("a password"), or undefined. `name` is the field it fills, if known. */
export function secretKind(value: string, name: string | undefined): string | undefined {
  return secretFormatIn(value) ?? namedSecretKind(value, name);
}

/** The credential format `value` has ("a JSON Web Token"), whatever field it fills, or undefined. */
export function secretFormatIn(value: string): string | undefined {
  return credentialIn(value) ?? MORE_FORMATS.find(([, pattern]) => pattern.test(value))?.[0];
}

/**
 * False when namedSecretKind(value, name) is undefined whatever the name: the value is too short to pass as a key,
 * token or password (8 characters at least, see below), a placeholder or a template. Lets a caller skip working out
 * the name.
 */
export function mayBeNamedSecret(value: string): boolean {
  return value.length >= 8 && !isPlaceholder(value) && !/[<>{}]|\.\.\./.test(value);
}

/** What kind of secret `value` is for a field called `name`, when it has no known format (see secretFormatIn). */
export function namedSecretKind(value: string, name: string | undefined): string | undefined {
  if (!name || !SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name) || !mayBeNamedSecret(value)) return undefined;
  const scheme = /^(Bearer|Basic)\s+(\S+)$/i.exec(value.trim());
  if (scheme && scheme[1].toLowerCase() === 'basic') {
    const decoded = Buffer.from(scheme[2], 'base64').toString('utf8');
    return scheme[2].length >= 16 && decoded.includes(':') && !WELL_KNOWN_DUMMIES.test(decoded) ? 'basic credentials' : undefined;
  }
  const secret = scheme ? scheme[2] : value.trim();
  if (looksRandom(secret)) return scheme ? 'a bearer token' : 'a key or token';
  if (/passw(or)?d|^pwd$/i.test(name) && looksLikePassword(secret)) return 'a password';
  return undefined;
}

/** A value shown without giving it away. */
export function masked(value: string): string {
  return value.length <= 6 ? '"…"' : `"${value.slice(0, 4)}…"`;
}
