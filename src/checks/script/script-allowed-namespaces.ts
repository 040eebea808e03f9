import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { scriptOf, usingDirectives } from './lib/script-source';

/** The namespaces custom code may import (Microsoft's list of 26). */
export const ALLOWED_NAMESPACES = new Set([
  'System',
  'System.Collections',
  'System.Collections.Generic',
  'System.Diagnostics',
  'System.IO',
  'System.IO.Compression',
  'System.Linq',
  'System.Net',
  'System.Net.Http',
  'System.Net.Http.Headers',
  'System.Net.Security',
  'System.Security.Authentication',
  'System.Security.Cryptography',
  'System.Text',
  'System.Text.RegularExpressions',
  'System.Threading',
  'System.Threading.Tasks',
  'System.Web',
  'System.Xml',
  'System.Xml.Linq',
  'System.Drawing',
  'System.Drawing.Drawing2D',
  'System.Drawing.Imaging',
  'Microsoft.Extensions.Logging',
  'Newtonsoft.Json',
  'Newtonsoft.Json.Linq',
]);

export default defineCheck({
  id: 'script-allowed-namespaces',
  severity: 'error',
  programs: BOTH,
  file: FILES.script,
  description: 'script.csx imports only the 26 namespaces custom code may use.',
  criterion: {
    text: 'Custom code can only use a fixed list of 26 namespaces (System, System.Net.Http, Newtonsoft.Json and a few more); other namespaces do not compile.',
    url: SOURCES.customCode,
    rows: ['script-allowed-namespaces'],
  },
  fix: 'Remove the using directive and rewrite the code with types from the allowed namespaces.',
  run(connector, report) {
    const script = scriptOf(connector);
    if (!script) return;
    for (const directive of usingDirectives(script.lexed)) {
      // An alias or `using static` names a type: the namespace is what precedes its last segment.
      const namespace = directive.kind === 'namespace' ? directive.target : directive.target.replace(/\.[^.]*$/, '');
      if (ALLOWED_NAMESPACES.has(directive.target) || ALLOWED_NAMESPACES.has(namespace)) continue;
      report({
        file: script.file.name,
        ...script.lexed.position(directive.offset),
        message: `The namespace "${namespace}" is not one of the 26 namespaces custom code may use.`,
      });
    }
  },
});
