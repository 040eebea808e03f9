import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { breakingChanges, describePlace, diffSwaggers } from '../../src/diff/compare';
import { swaggerFromBytes, swaggerFromJsonFile, swaggerFromText } from '../../src/diff/document';
import { loadFolder } from '../../src/engine/load-connector';
import { GOOD } from '../helpers/lint-case';
import { baseSwagger, diffCase, lineOf, type Json } from './helpers';

function version(doc: Json) {
  const parsed = swaggerFromText(JSON.stringify(doc, null, 2));
  if (!parsed.version) throw new Error(parsed.problem.message);
  return parsed.version;
}

describe('breaking-change diff', () => {
  it('finds nothing between two copies of a document, including the example connectors', () => {
    expect(diffCase(() => {}).findings).to.deep.equal([]);
    for (const dir of Object.values(GOOD)) {
      const text = fs.readFileSync(path.join(dir, 'apiDefinition.swagger.json'), 'utf8');
      const a = swaggerFromText(text).version!;
      const b = swaggerFromText(text).version!;
      expect(diffSwaggers(a, b), dir).to.deep.equal([]);
    }
  });

  it('sorts findings like lint and fills every field of the finding shape', () => {
    const { findings } = diffCase((head) => {
      head.info.title = 'Contoso Todo';
      delete head.paths['/tasks/{id}'].delete;
    });
    expect(findings.map((f) => f.rule)).to.deep.equal(['breaking-title-changed', 'breaking-operation-removed']);
    for (const f of findings) {
      expect(f).to.include.keys('rule', 'severity', 'file', 'pointer', 'line', 'column', 'message', 'fix');
      expect(f.severity).to.equal('error');
      expect(f.message).to.match(/ base: .+; head: .+$/);
    }
  });

  it('keeps both places on the change for callers that want them', () => {
    const base = version(baseSwagger());
    const headDoc = baseSwagger();
    headDoc.paths['/tasks'].get.parameters[2].in = 'header';
    const [change] = breakingChanges(base, version(headDoc));
    expect(change.rule.id).to.equal('breaking-parameter-location-changed');
    expect(change.base?.pointer).to.equal('/paths/~1tasks/get/parameters/2');
    expect(change.head?.pointer).to.equal('/paths/~1tasks/get/parameters/2');
    expect(change.primary).to.equal('head');
    expect(change.operations).to.deep.equal(['ListTasks']);
    expect(describePlace(undefined)).to.equal('absent');
  });

  it('filters by rule id', () => {
    const base = version(baseSwagger());
    const headDoc = baseSwagger();
    headDoc.info.title = 'Other';
    delete headDoc.paths['/tasks/{id}'].delete;
    const findings = diffSwaggers(base, version(headDoc), { rules: new Set(['breaking-title-changed']) });
    expect(findings.map((f) => f.rule)).to.deep.equal(['breaking-title-changed']);
  });

  it('follows $refs through allOf, and stops at reference cycles', () => {
    const edit = (doc: Json) => {
      doc.definitions.Base = { type: 'object', properties: { created: { type: 'string', format: 'date-time' }, next: { $ref: '#/definitions/Loop' } } };
      doc.definitions.Loop = { $ref: '#/definitions/Loop2' };
      doc.definitions.Loop2 = { allOf: [{ $ref: '#/definitions/Base' }], properties: { self: { $ref: '#/definitions/Loop' } } };
      doc.definitions.Task.allOf = [{ $ref: '#/definitions/Base' }];
    };
    const { findings, baseText } = diffCase(
      (head) => {
        delete head.definitions.Base.properties.created;
      },
      edit,
    );
    const removed = findings.filter((f) => f.rule === 'breaking-response-property-removed');
    expect(removed).to.have.length(1);
    expect(removed[0].pointer).to.equal('/definitions/Base/properties/created');
    expect(removed[0].line).to.equal(lineOf(baseText, '"Base": {', '"created": {'));
  });

  it('survives a self-referencing $ref and odd values without throwing', () => {
    const doc = baseSwagger();
    doc.definitions.Self = { $ref: '#/definitions/Self' };
    doc.paths['/tasks/{id}'].get.responses['200'].schema = { $ref: '#/definitions/Self' };
    doc.paths['/odd'] = { get: null, post: { operationId: 42, parameters: 'x', responses: [] }, put: { parameters: [null, { $ref: '#/nowhere' }, { $ref: 'https://example.com/p.json' }] } };
    doc.definitions.__proto__ = { type: 'object' };
    const a = version(doc);
    const b = version(JSON.parse(JSON.stringify(doc)));
    expect(diffSwaggers(a, b)).to.deep.equal([]);
    expect(() => diffSwaggers(version({}), a)).to.not.throw();
    expect(() => diffSwaggers(a, version([]))).to.not.throw();
    expect(diffSwaggers(a, version({})).map((f) => f.rule)).to.include('breaking-operation-removed');
  });

  it('stays fast on a wide, deeply shared schema', () => {
    const doc = baseSwagger();
    // Every level refers to the next one twice: without limits the field tree would have 2^40 leaves.
    for (let i = 0; i < 40; i++) doc.definitions[`L${i}`] = { type: 'object', properties: { a: { $ref: `#/definitions/L${i + 1}` }, b: { $ref: `#/definitions/L${i + 1}` } } };
    doc.definitions.L40 = { type: 'string' };
    doc.paths['/tasks/{id}'].get.responses['200'].schema = { $ref: '#/definitions/L0' };
    const started = Date.now();
    const headDoc = JSON.parse(JSON.stringify(doc));
    delete headDoc.definitions.L39.properties.b;
    diffSwaggers(version(doc), version(headDoc));
    expect(Date.now() - started).to.be.below(5000);
  });

  it('reads UTF-8 with a BOM, and says why it cannot compare broken JSON', () => {
    const text = JSON.stringify(baseSwagger(), null, 2);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(swaggerFromBytes(withBom).version).to.not.equal(undefined);
    const broken = swaggerFromText('{\n  "swagger": "2.0",\n}');
    expect(broken.problem?.message).to.match(/Trailing comma/);
    expect(broken.problem?.line).to.equal(3);
    expect(swaggerFromBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0])).problem?.message).to.match(/PNG/);
  });

  it('compares the swagger of a connector the linter already loaded', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-diff-'));
    try {
      fs.cpSync(GOOD.verified, root, { recursive: true });
      const file = path.join(root, 'apiDefinition.swagger.json');
      const baseText = fs.readFileSync(file, 'utf8');
      const doc = JSON.parse(baseText);
      doc.info.title = 'Contoso Todo';
      fs.writeFileSync(file, JSON.stringify(doc, null, 4));
      const head = swaggerFromJsonFile(loadFolder(root).swagger!);
      expect(head).to.not.equal(undefined);
      const findings = diffSwaggers(swaggerFromText(baseText).version!, head!);
      expect(findings.map((f) => [f.rule, f.pointer, f.line])).to.deep.equal([['breaking-title-changed', '/info/title', 4]]);
      fs.writeFileSync(file, '{ "swagger": "2.0", }');
      expect(swaggerFromJsonFile(loadFolder(root).swagger!)).to.equal(undefined);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
