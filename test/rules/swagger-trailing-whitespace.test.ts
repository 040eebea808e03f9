import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-trailing-whitespace';

describe(RULE, () => {
  it('flags spaces at the end of a line, at their line and column', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => JSON.stringify(s, null, 4).replace('"api.contoso.com",', '"api.contoso.com",  ') });
    expectFinding(findings, { rule: RULE, file: 'apiDefinition.swagger.json', line: 13, column: 31, severity: 'warning', message: '1 line ends' });
  });

  it('counts every line with a trailing tab', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => JSON.stringify(s, null, 4).replace(/,\n/g, ',\t\n') });
    expectFinding(findings, { rule: RULE, line: 2, message: 'lines end' });
  });

  it('accepts clean lines, also with CRLF endings', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => JSON.stringify(s, null, 4).replace(/\n/g, '\r\n') }), RULE);
  });
});
