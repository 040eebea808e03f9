import { expect } from 'chai';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'json-syntax';

describe(RULE, () => {
  it('flags a trailing comma at its line and column', async () => {
    const findings = await lintCase(RULE, { apiProperties: () => '{\n    "properties": {\n        "publisher": "Contoso",\n    }\n}\n' });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', line: 4, column: 5, message: 'Trailing comma' });
  });

  it('flags a comment', async () => {
    const findings = await lintCase(RULE, { swagger: () => '{\n  // the title\n  "swagger": "2.0"\n}' });
    expectFinding(findings, { rule: RULE, file: 'apiDefinition.swagger.json', line: 2, column: 3, message: 'Comments' });
  });

  it('flags a second JSON document after the first', async () => {
    const findings = await lintCase(RULE, { apiProperties: () => '{"properties": {}}\n{"properties": {}}\n' });
    expectFinding(findings, { rule: RULE, line: 2, column: 1, message: 'after the end of the JSON document' });
  });

  it('flags a raw control character inside a string', async () => {
    const findings = await lintCase(RULE, { apiProperties: () => '{"properties": {"publisher": "Con\ttoso"}}' });
    expectFinding(findings, { rule: RULE, line: 1, message: 'control character' });
  });

  it('flags Latin-1 bytes as an encoding problem, with their line', async () => {
    const latin1 = Buffer.from('{\n  "properties": {\n    "publisher": "Caf\xe9"\n  }\n}\n', 'latin1');
    const findings = await lintCase(RULE, { files: { 'apiProperties.json': latin1 } });
    expectFinding(findings, { rule: RULE, line: 3, message: 'not valid UTF-8' });
  });

  it('flags UTF-16 text', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"properties": {}}', 'utf16le')]);
    const findings = await lintCase(RULE, { files: { 'apiProperties.json': utf16 } });
    expectFinding(findings, { rule: RULE, line: 1, column: 1, message: 'UTF-16' });
  });

  it('flags a PNG saved under a JSON name', async () => {
    const findings = await lintCase(RULE, { files: { 'apiProperties.json': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) } });
    expectFinding(findings, { rule: RULE, message: 'PNG image' });
  });

  it('flags an empty file', async () => {
    const findings = await lintCase(RULE, { files: { 'apiProperties.json': '' } });
    expectFinding(findings, { rule: RULE, line: 1, message: 'empty' });
  });

  it('still runs the other rules on a file with a syntax error', async () => {
    const findings = await lintCase([RULE, 'swagger-title-max-length'], {
      swagger: (s) => JSON.stringify({ ...s, info: { ...s.info, title: 'A title that is clearly longer than thirty' } }, null, 4).replace(/}\s*$/, ',}'),
    });
    expectFinding(findings, { rule: RULE });
    expectFinding(findings, { rule: 'swagger-title-max-length', pointer: '/info/title' });
  });

  it('accepts strict JSON, with or without a BOM', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    const withBom = await lintCase(RULE, { apiProperties: (p) => '\ufeff' + JSON.stringify(p) });
    expect(withBom.filter((f) => f.rule === RULE)).to.deep.equal([]);
  });
});
