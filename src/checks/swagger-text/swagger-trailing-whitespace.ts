import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { forEachLine } from './lib/lines';

export default defineCheck({
  id: 'swagger-trailing-whitespace',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  description: 'No line of apiDefinition.swagger.json ends with spaces or tabs.',
  criterion: {
    text: 'The coding standards ask for no trailing whitespace in connector files.',
    url: SOURCES.codingStandards,
    rows: ['def-no-trailing-whitespace'],
  },
  fix: 'Strip trailing whitespace (most editors have a "trim trailing whitespace on save" setting).',
  run(connector, report) {
    const swagger = connector.swagger;
    if (!swagger || swagger.unreadable || swagger.encoding) return;
    let count = 0;
    let first: { line: number; column: number } | undefined;
    const text = swagger.text;
    forEachLine(text, (start, end, line) => {
      const last = text.charCodeAt(end - 1);
      if (end === start || (last !== 32 && last !== 9)) return;
      count++;
      first ??= { line, column: text.slice(start, end).trimEnd().length + 1 };
    });
    if (!first) return;
    const lines = count === 1 ? '1 line ends' : `${count} lines end`;
    report({ file: swagger.name, ...first, message: `${lines} with spaces or tabs, the first at line ${first.line}.` });
  },
});
