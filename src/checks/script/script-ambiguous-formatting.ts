import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { matchesIn } from './lib/csharp-lexer';
import { scriptOf, usingDirectives } from './lib/script-source';

/** `Formatting.X`; whether a namespace qualifies it is decided by the character before it. */
const FORMATTING = /(?<!\w)Formatting\s*\.\s*\w+/;

export default defineCheck({
  id: 'script-ambiguous-formatting',
  severity: 'warning',
  programs: BOTH,
  file: FILES.script,
  description: 'script.csx does not use the bare type name Formatting when it imports both Newtonsoft.Json and System.Xml.',
  criterion: {
    text: 'Newtonsoft.Json and System.Xml both define a Formatting type; with both namespaces imported, a bare "Formatting.Indented" does not compile.',
    url: SOURCES.customCode,
    rows: ['script-ambiguous-formatting'],
  },
  fix: 'Write Newtonsoft.Json.Formatting.Indented (or System.Xml.Formatting…) in full.',
  run(connector, report) {
    const script = scriptOf(connector);
    if (!script) return;
    const directives = usingDirectives(script.lexed);
    const imported = new Set(directives.filter((d) => d.kind === 'namespace').map((d) => d.target));
    // `using Formatting = Newtonsoft.Json.Formatting;` settles the ambiguity.
    if (!imported.has('Newtonsoft.Json') || !imported.has('System.Xml') || directives.some((d) => d.alias === 'Formatting')) return;
    for (const match of matchesIn(script.lexed.code, FORMATTING)) {
      if (/\.\s*$/.test(script.lexed.code.slice(Math.max(0, match.index - 20), match.index))) continue; // Newtonsoft.Json.Formatting
      report({
        file: script.file.name,
        ...script.lexed.position(match.index),
        message: `"${match[0].replace(/\s+/g, '')}" is ambiguous: Newtonsoft.Json and System.Xml both define Formatting.`,
      });
    }
  },
});
