import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { matchesIn } from './lib/csharp-lexer';
import { scriptOf } from './lib/script-source';

/** `new HttpClient(…)`, `new System.Net.Http.HttpClient {…}`, and target-typed `HttpClient c = new(…)`. */
const NEW_CLIENT = /\bnew\s+(?:global::)?(?:System\.Net\.Http\.)?HttpClient\s*[({]|\bHttpClient\s+@?\w+\s*=\s*new\s*\(/;

export default defineCheck({
  id: 'script-no-httpclient',
  severity: 'warning',
  programs: BOTH,
  file: FILES.script,
  description: 'script.csx sends requests with Context.SendAsync, not with its own HttpClient.',
  criterion: {
    text: 'Custom code should send HTTP requests through this.Context.SendAsync; creating an HttpClient works today but is slated to be blocked.',
    url: SOURCES.customCode,
    rows: ['script-no-httpclient'],
  },
  fix: 'Send the request with "await this.Context.SendAsync(request, this.CancellationToken)" instead of a new HttpClient.',
  run(connector, report) {
    const script = scriptOf(connector);
    if (!script) return;
    for (const match of matchesIn(script.lexed.code, NEW_CLIENT)) {
      report({ file: script.file.name, ...script.lexed.position(match.index), message: 'The script creates its own HttpClient; use this.Context.SendAsync instead.' });
    }
  },
});
