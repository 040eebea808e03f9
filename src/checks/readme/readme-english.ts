import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { markdownOf } from './lib/markdown';
import { languageOf } from './lib/language';

export default defineCheck({
  id: 'readme-english',
  severity: 'warning',
  programs: BOTH,
  file: FILES.readme,
  description: 'readme.md is written in English.',
  criterion: {
    text: 'Connector text, the readme included, must be in English.',
    url: SOURCES.submission,
    rows: ['readme-english'],
  },
  fix: 'Write the readme in English (a translated copy may follow the English text).',
  run(connector, report) {
    const doc = markdownOf(connector.readme);
    if (!doc) return;
    const language = languageOf(doc.prose);
    if (language === undefined || language === 'English') return;
    report({ file: connector.readme!.name, line: 1, message: `The readme looks like it is written in ${language}, not English.` });
  },
});
