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

/** The language whose function words are most frequent, undefined when the text is too short to tell. */
export function languageOf(prose: string): string | undefined {
  const text = prose.replace(/\bhttps?:\/\/\S+/g, ' ');
  // Plain ASCII text (most readmes) has only Latin letters, found with much cheaper patterns.
  const ascii = !/[^\x00-\x7f]/.test(text);
  const letters = ascii ? text.replace(/[^A-Za-z]+/g, '').length : text.replace(/\P{L}+/gu, '').length;
  if (letters === 0) return undefined;
  const latin = ascii ? letters : text.replace(/\P{Script=Latin}+/gu, '').length;
  if (letters >= 200 && latin / letters < 0.5) return 'a non-Latin script';
  const words = (ascii ? text.toLowerCase().match(/[a-z]+/g) : text.toLowerCase().match(/\p{L}+/gu)) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const score = (language: string) => FUNCTION_WORDS[language].reduce((sum, w) => sum + (counts.get(w) ?? 0), 0) / words.length;
  const english = score('English');
  let best = 'English';
  for (const language of Object.keys(FUNCTION_WORDS)) if (score(language) > score(best)) best = language;
  // English wins ties and near-ties: connector readmes mix in product names and other-language words.
  return best !== 'English' && score(best) > english * 1.5 && english < 0.08 ? best : 'English';
}
