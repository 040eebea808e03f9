import type { Finding } from '../model/finding';
import type { ConnectorReport, Report } from '../model/report';
import { docsUrl } from '../engine/docs-url';
import { countAcknowledged, extraCounts, moreLine, shownFindings, suppressedTotal, unusedIgnoreText, unusedIgnoresHeading } from './common';
import type { DisplayOptions, Reporter } from './types';

/** Escapes text for HTML element content and attribute values: connector files are untrusted. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * One self-contained HTML file for reviewers: no network, no external scripts or styles. The table is rendered here,
 * with every connector string escaped; the small inline script only sorts, filters and expands. Suppressed findings
 * are a count per connector, acknowledged breaking changes show their reason, and ignore-file entries that match
 * nothing are a warning under the totals. `--max-problems` and `--quiet` shorten each connector's list, with a note.
 */
export const html: Reporter = (report, { catalog, cwd, maxProblems, quiet }) => {
  const rules = [...new Set(report.connectors.flatMap((c) => c.findings.map((f) => f.rule)))].sort();
  const s = report.summary;
  const acknowledged = report.connectors.reduce((n, c) => n + countAcknowledged(c.findings), 0);
  const extra = extraCounts(suppressedTotal(report), acknowledged);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>connector-precheck report</title>
<style>${STYLE}</style>
</head>
<body>
<h1>connector-precheck report</h1>
<p id="totals">${s.connectors} connectors: ${s.passed} passed, ${s.failed} failed · ${s.errors} errors, ${s.warnings} warnings${extra} · ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}</p>
${unusedSection(report, cwd)}<form id="filters">
  <label>Program <select id="f-program"><option value="">all</option><option>verified</option><option>independent</option><option>unknown</option></select></label>
  <label>Result <select id="f-result"><option value="">all</option><option>PASS</option><option>FAIL</option></select></label>
  <label>Severity <select id="f-severity"><option value="">all</option><option>error</option><option>warning</option><option>info</option></select></label>
  <label>Rule <select id="f-rule"><option value="">all</option>${rules.map((r) => `<option>${escapeHtml(r)}</option>`).join('')}</select></label>
  <label>Search <input id="f-text" type="search" placeholder="connector name"></label>
  <span id="shown"></span>
</form>
<table id="connectors">
<thead><tr><th data-key="path">Connector</th><th data-key="title">Title</th><th data-key="program">Program</th><th data-key="errors" data-numeric>Errors</th><th data-key="warnings" data-numeric>Warnings</th><th data-key="suppressed" data-numeric>Suppressed</th><th data-key="result">Result</th></tr></thead>
${report.connectors.map((c, i) => connectorRows(c, i, catalog.get.bind(catalog), { maxProblems, quiet })).join('\n')}
</table>
<script>${SCRIPT}</script>
</body>
</html>
`;
};

function unusedSection(report: Report, cwd: string | undefined): string {
  const unused = report.unusedIgnores ?? [];
  if (unused.length === 0) return '';
  const items = unused.map((u) => `<li>${escapeHtml(unusedIgnoreText(u, cwd))}</li>`).join('');
  return `<section id="unused-ignores" class="warning"><p><strong>Warning:</strong> ${unusedIgnoresHeading(unused.length)}:</p><ul>${items}</ul></section>\n`;
}

function connectorRows(
  c: ConnectorReport,
  index: number,
  meta: (id: string) => { description: string } | undefined,
  display: DisplayOptions,
): string {
  const errors = c.findings.filter((f) => f.severity === 'error').length;
  const warnings = c.findings.filter((f) => f.severity === 'warning').length;
  const suppressed = c.suppressed?.length ?? 0;
  const result = c.passed ? 'PASS' : 'FAIL';
  const data = [
    `data-path="${escapeHtml(c.path)}"`,
    `data-title="${escapeHtml(c.title)}"`,
    `data-program="${escapeHtml(c.program)}"`,
    `data-errors="${errors}"`,
    `data-warnings="${warnings}"`,
    `data-suppressed="${suppressed}"`,
    `data-result="${result}"`,
    `data-rules="${escapeHtml([...new Set(c.findings.map((f) => `${f.rule}:${f.severity}`))].join(' '))}"`,
  ].join(' ');
  const shown = shownFindings(c.findings, display);
  const more = shown.more > 0 ? `<tr class="more"><td colspan="5">${escapeHtml(moreLine(shown))}</td></tr>` : '';
  const findings = shown.findings.map((f) => findingRow(f, meta(f.rule)?.description)).join('') + more;
  return `<tbody class="connector" ${data}>
<tr class="summary" tabindex="0" aria-expanded="false" aria-controls="details-${index}"><td>${escapeHtml(c.path)}</td><td>${escapeHtml(c.title)}</td><td>${escapeHtml(c.program)}</td><td>${errors}</td><td>${warnings}</td><td>${suppressed}</td><td class="${result.toLowerCase()}">${result}</td></tr>
<tr class="details" id="details-${index}" hidden><td colspan="7">${
    c.findings.length === 0
      ? '<p>No findings.</p>'
      : findings === ''
      ? '<p>No errors (--quiet).</p>'
      : `<table class="findings"><thead><tr><th>Location</th><th>Severity</th><th>Rule</th><th>Message</th><th>Fix</th></tr></thead><tbody>${findings}</tbody></table>`
  }</td></tr>
</tbody>`;
}

function findingRow(f: Finding, description: string | undefined): string {
  const location = f.line !== undefined ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
  const pointer = f.pointer !== undefined ? `<br><code>${escapeHtml(f.pointer || '/')}</code>` : '';
  const severity = f.acknowledged !== undefined ? '<td class="acknowledged">acknowledged</td>' : `<td class="${f.severity}">${f.severity}</td>`;
  const fix = f.acknowledged !== undefined ? `Acknowledged: ${f.acknowledged}` : f.fix;
  return `<tr class="finding" data-rule="${escapeHtml(f.rule)}" data-severity="${f.severity}"><td>${escapeHtml(location)}${pointer}</td>${severity}<td><a href="${escapeHtml(docsUrl(f.rule))}" title="${escapeHtml(description ?? '')}">${escapeHtml(f.rule)}</a></td><td>${escapeHtml(f.message)}</td><td>${escapeHtml(fix)}</td></tr>`;
}

const STYLE = `
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}
h1{font-size:1.4rem}
form{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:1rem 0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
#connectors>thead th{cursor:pointer;background:#f3f3f3;position:sticky;top:0}
#connectors>thead th[aria-sort=ascending]::after{content:" ▲"}
#connectors>thead th[aria-sort=descending]::after{content:" ▼"}
tr.summary{cursor:pointer}
tr.summary:hover{background:#f7f7ff}
.pass{color:#107c10;font-weight:600}.fail{color:#c50f1f;font-weight:600}
.error{color:#c50f1f}.warning{color:#8a6100}.info{color:#005a9e}.acknowledged{color:#5c2e91}
section.warning{border-left:4px solid #8a6100;background:#fff8e6;padding:.2rem .8rem;margin:1rem 0}
tr.more td{color:#555;font-style:italic}
table.findings{margin:.3rem 0 .8rem;font-size:13px}
code{font-size:12px;color:#555;word-break:break-all}
`;

const SCRIPT = `
(function () {
  var body = document.getElementById('connectors');
  var groups = Array.prototype.slice.call(body.querySelectorAll('tbody.connector'));
  var f = {
    program: document.getElementById('f-program'), result: document.getElementById('f-result'),
    severity: document.getElementById('f-severity'), rule: document.getElementById('f-rule'), text: document.getElementById('f-text')
  };
  function apply() {
    var shown = 0;
    groups.forEach(function (g) {
      var d = g.dataset, rules = d.rules ? d.rules.split(' ') : [];
      var ok = (!f.program.value || d.program === f.program.value) && (!f.result.value || d.result === f.result.value) &&
        (!f.text.value || (d.path + ' ' + d.title).toLowerCase().indexOf(f.text.value.toLowerCase()) >= 0) &&
        (!f.rule.value && !f.severity.value || rules.some(function (r) {
          var p = r.split(':');
          return (!f.rule.value || p[0] === f.rule.value) && (!f.severity.value || p[1] === f.severity.value);
        }));
      g.hidden = !ok;
      if (ok) shown++;
      g.querySelectorAll('tr.finding').forEach(function (row) {
        row.hidden = (f.rule.value && row.dataset.rule !== f.rule.value) || (f.severity.value && row.dataset.severity !== f.severity.value);
      });
    });
    document.getElementById('shown').textContent = shown + ' of ' + groups.length + ' shown';
  }
  Object.keys(f).forEach(function (k) { f[k].addEventListener('input', apply); f[k].addEventListener('change', apply); });
  groups.forEach(function (g) {
    var row = g.querySelector('tr.summary'), details = g.querySelector('tr.details');
    function toggle() { details.hidden = !details.hidden; row.setAttribute('aria-expanded', String(!details.hidden)); }
    row.addEventListener('click', toggle);
    row.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
  });
  body.querySelectorAll('thead th').forEach(function (th) {
    th.addEventListener('click', function () {
      var key = th.dataset.key, numeric = th.hasAttribute('data-numeric');
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      body.querySelectorAll('thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      groups.sort(function (a, b) {
        var x = a.dataset[key], y = b.dataset[key];
        return dir * (numeric ? Number(x) - Number(y) : x.localeCompare(y));
      }).forEach(function (g) { body.appendChild(g); });
    });
  });
  apply();
})();
`;
