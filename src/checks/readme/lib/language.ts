/**
 * A rough language guess from the most frequent short words, enough to tell an English readme from one written in
 * another language. Not a translator's judgement: short or mostly technical texts get no verdict.
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  English: ['the', 'and', 'to', 'of', 'a', 'in', 'is', 'for', 'you', 'with', 'this', 'your', 'on', 'be', 'are', 'can', 'it', 'that', 'an', 'from', 'by', 'or', 'will', 'as'],
  German: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sie', 'den', 'ein', 'eine', 'zu', 'auf', 'für', 'von', 'werden', 'wird', 'dem', 'des', 'sich', 'oder', 'können'],
  French: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'pour', 'dans', 'que', 'du', 'vous', 'sur', 'avec', 'pas', 'qui', 'par', 'au', 'votre', 'sont'],
  Spanish: ['el', 'los', 'las', 'y', 'es', 'una', 'para', 'por', 'con', 'que', 'del', 'se', 'su', 'como', 'al', 'puede', 'usted', 'sus'],
  Portuguese: ['o', 'os', 'as', 'e', 'é', 'um', 'uma', 'para', 'com', 'que', 'do', 'da', 'dos', 'não', 'você', 'seu', 'sua', 'pelo'],
  Dutch: ['de', 'het', 'een', 'en', 'van', 'is', 'niet', 'met', 'voor', 'op', 'je', 'u', 'zijn', 'wordt', 'kunt', 'deze', 'dat', 'naar'],
  Norwegian: ['og', 'i', 'er', 'til', 'som', 'på', 'med', 'for', 'av', 'det', 'en', 'et', 'ikke', 'du', 'kan', 'fra', 'eller', 'denne'],
  Italian: ['il', 'lo', 'gli', 'e', 'di', 'che', 'è', 'per', 'una', 'con', 'non', 'sono', 'della', 'nel', 'alla', 'puoi', 'questo'],
};

const MIN_WORDS = 40;
const LANGUAGES = Object.keys(FUNCTION_WORDS);
const ENGLISH = LANGUAGES.indexOf('English');

/** Each function word, with the languages (indexes in LANGUAGES) whose lists hold it, once per listing. */
const LANGUAGES_OF = new Map<string, number[]>();
LANGUAGES.forEach((language, index) => {
  for (const word of FUNCTION_WORDS[language]) {
    const list = LANGUAGES_OF.get(word);
    if (list) list.push(index);
    else LANGUAGES_OF.set(word, [index]);
  }
});

/** The length of the longest function word: longer words need no look-up. */
const LONGEST = Math.max(...[...LANGUAGES_OF.keys()].map((word) => word.length));

/**
 * Runs of letters, as /\p{L}+/gu finds them (a-z are letters, and lower-cased text has no A-Z): the ASCII runs are
 * taken whole without the Unicode property test, which makes it ~40% faster on the mostly ASCII text of readmes.
 */
const LETTER_RUNS = /(?:[a-z]+|\p{L})+/gu;

/** The language whose function words are most frequent, undefined when the text is too short to tell. */
export function languageOf(prose: string): string | undefined {
  const text = prose.includes('://') ? prose.replace(/\bhttps?:\/\/\S+/g, ' ') : prose;
  // Plain ASCII text (most readmes) has only Latin letters, found with much cheaper patterns. In other text the
  // Unicode patterns only need the non-ASCII characters: the ASCII letters are A-Z and a-z, all of Latin script.
  const ascii = !/[^\x00-\x7f]/.test(text);
  const others = ascii ? '' : text.replace(/[\x00-\x7f]+/g, '');
  const otherLetters = ascii ? 0 : others.replace(/\P{L}+/gu, '').length;
  if (otherLetters === 0 && !/[A-Za-z]/.test(text)) return undefined;
  const otherLatin = ascii ? 0 : others.replace(/\P{Script=Latin}+/gu, '').length;
  // Only letters outside the Latin script can make the Latin ones fewer than half, so the ASCII letters are counted
  // only when there are some.
  if (otherLatin < otherLetters) {
    const asciiLetters = text.replace(/[^A-Za-z]+/g, '').length;
    const letters = asciiLetters + otherLetters;
    if (letters >= 200 && (asciiLetters + otherLatin) / letters < 0.5) return 'a non-Latin script';
  }
  const words = (ascii ? text.toLowerCase().match(/[a-z]+/g) : text.toLowerCase().match(LETTER_RUNS)) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  // Only function words are counted. English wins outright once 8% of the words are English function words (see the
  // verdict below), which an English readme reaches early, so the count stops there.
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  const enough = 0.08;
  for (const word of words) {
    if (word.length > LONGEST) continue;
    const languages = LANGUAGES_OF.get(word);
    if (languages === undefined) continue;
    for (const index of languages) counts[index]++;
    if (counts[ENGLISH] / words.length >= enough) return 'English';
  }
  const score = (index: number) => counts[index] / words.length;
  const english = score(ENGLISH);
  let best = ENGLISH;
  for (let index = 0; index < LANGUAGES.length; index++) if (score(index) > score(best)) best = index;
  // English wins ties and near-ties: connector readmes mix in product names and other-language words.
  return best !== ENGLISH && score(best) > english * 1.5 && english < enough ? LANGUAGES[best] : 'English';
}
