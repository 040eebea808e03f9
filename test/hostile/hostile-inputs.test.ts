import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { expectFinding, GOOD } from '../helpers/lint-case';
import { treeHash } from '../helpers/tree-hash';
import type { Report } from '../../src/model/report';

/**
 * One run over a tree of hostile connector folders: every folder gets a report with a clear finding, nothing crashes
 * or hangs, nothing is written, and the exit code is 1 (findings), not 2.
 */
interface HostileCase {
  name: string;
  /** Builds the case in `dir`, a copy of a good connector. */
  build(dir: string): void;
  /** Findings that must be in the case's report. */
  expect: Array<{ rule: string; file?: string; line?: number; column?: number; message?: string | RegExp }>;
  program?: 'verified' | 'independent';
}

const write = (dir: string, file: string, content: string | Buffer) => fs.writeFileSync(path.join(dir, file), content);
const SWAGGER = 'apiDefinition.swagger.json';
const PROPS = 'apiProperties.json';

function pngHeader(width: number, height: number): Buffer {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b[24] = 8;
  b[25] = 6;
  return b;
}

const CASES: HostileCase[] = [
  { name: 'empty-file', build: (d) => write(d, PROPS, ''), expect: [{ rule: 'json-syntax', file: PROPS, line: 1, message: 'empty' }] },
  { name: 'trailing-comma', build: (d) => write(d, PROPS, '{\n  "properties": {},\n}\n'), expect: [{ rule: 'json-syntax', file: PROPS, line: 3, message: 'Trailing comma' }] },
  { name: 'comment', build: (d) => write(d, PROPS, '{\n  /* hi */ "properties": {}\n}\n'), expect: [{ rule: 'json-syntax', line: 2, message: 'Comments' }] },
  { name: 'two-documents', build: (d) => write(d, PROPS, '{"properties": {}}\n{"properties": {}}\n'), expect: [{ rule: 'json-syntax', line: 2, message: 'second document' }] },
  { name: 'control-character', build: (d) => write(d, PROPS, '{"properties": {"publisher": "a\u0001b"}}'), expect: [{ rule: 'json-syntax', line: 1, message: 'control character' }] },
  {
    name: 'utf16',
    build: (d) => write(d, PROPS, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fs.readFileSync(path.join(d, PROPS), 'utf8'), 'utf16le')])),
    expect: [{ rule: 'json-syntax', file: PROPS, message: 'UTF-16' }],
  },
  {
    name: 'latin1',
    build: (d) => write(d, SWAGGER, Buffer.from(fs.readFileSync(path.join(d, SWAGGER), 'utf8').replace('Contoso Support', 'Contoso Soporte T\u00e9cnico'), 'latin1')),
    expect: [{ rule: 'json-syntax', file: SWAGGER, line: 8, message: 'not valid UTF-8' }],
  },
  { name: 'bom', build: (d) => write(d, PROPS, '\ufeff' + fs.readFileSync(path.join(d, PROPS), 'utf8')), expect: [{ rule: 'json-bom', file: PROPS }] },
  { name: 'png-named-json', build: (d) => write(d, SWAGGER, fs.readFileSync(path.join(GOOD.verified, 'icon.png'))), expect: [{ rule: 'json-syntax', file: SWAGGER, message: 'PNG image' }] },
  { name: 'zip-named-json', build: (d) => write(d, PROPS, Buffer.from('PK\u0003\u0004rest-of-a-zip', 'latin1')), expect: [{ rule: 'json-syntax', file: PROPS, message: 'ZIP archive' }] },
  {
    name: 'directory-instead-of-file',
    build: (d) => {
      fs.rmSync(path.join(d, SWAGGER));
      fs.mkdirSync(path.join(d, SWAGGER));
    },
    expect: [{ rule: 'folder-file-unreadable', file: SWAGGER, message: 'is a folder' }],
  },
  {
    name: 'fifo-instead-of-file',
    build: (d) => {
      fs.rmSync(path.join(d, PROPS));
      require('node:child_process').execFileSync('mkfifo', [path.join(d, PROPS)]);
    },
    expect: [{ rule: 'folder-file-unreadable', file: PROPS, message: 'not a regular file' }],
  },
  {
    name: 'fifty-megabyte-swagger',
    build: (d) => {
      const fd = fs.openSync(path.join(d, SWAGGER), 'w');
      fs.writeSync(fd, '{"swagger": "2.0", "x-padding": "');
      const chunk = Buffer.alloc(1 << 20, 0x61);
      for (let i = 0; i < 50; i++) fs.writeSync(fd, chunk);
      fs.writeSync(fd, '"}');
      fs.closeSync(fd);
    },
    expect: [{ rule: 'folder-file-unreadable', file: SWAGGER, message: /MB/ }, { rule: 'swagger-file-size', file: SWAGGER }],
  },
  { name: 'deep-nesting', build: (d) => write(d, SWAGGER, '['.repeat(100_000) + ']'.repeat(100_000)), expect: [{ rule: 'json-syntax', file: SWAGGER, message: 'nested more than' }] },
  {
    name: 'ref-cycles-and-external-refs',
    build: (d) => {
      const s = JSON.parse(fs.readFileSync(path.join(d, SWAGGER), 'utf8'));
      s.definitions.Loop1 = { $ref: '#/definitions/Loop2' };
      s.definitions.Loop2 = { $ref: '#/definitions/Loop1' };
      s.definitions.Task.properties.self = { $ref: '#/definitions/Task' };
      s.definitions.Remote = { $ref: 'https://example.com/schemas/remote.json' };
      s.definitions.Local = { $ref: 'other.json#/definitions/X' };
      write(d, SWAGGER, JSON.stringify(s, null, 4));
    },
    expect: [
      { rule: 'swagger-ref-valid', message: 'https://example.com/schemas/remote.json' },
      { rule: 'swagger-ref-valid', message: 'other.json' },
      { rule: 'swagger-definition-not-ref', message: 'Loop1' },
    ],
  },
  {
    name: 'duplicate-keys',
    build: (d) => write(d, PROPS, fs.readFileSync(path.join(d, PROPS), 'utf8').replace('"publisher": "Contoso Ltd",', '"publisher": "Contoso Ltd",\n        "publisher": "Fabrikam",')),
    expect: [{ rule: 'json-duplicate-key', file: PROPS, message: 'publisher' }],
  },
  { name: 'png-claims-huge-dimensions', build: (d) => write(d, 'icon.png', pngHeader(100_000, 100_000)), expect: [{ rule: 'icon-dimensions', file: 'icon.png', message: '100000' }] },
  { name: 'truncated-png', build: (d) => write(d, 'icon.png', fs.readFileSync(path.join(d, 'icon.png')).subarray(0, 60)), expect: [{ rule: 'icon-png', file: 'icon.png' }] },
  { name: 'twenty-megabyte-readme', build: (d) => write(d, 'readme.md', '#'.repeat(20 * 1024 * 1024)), expect: [{ rule: 'readme-required-sections', file: 'readme.md' }] },
  { name: 'script-of-nul-bytes', build: (d) => write(d, 'script.csx', Buffer.alloc(200_000)), expect: [{ rule: 'text-encoding', file: 'script.csx', line: 1, column: 1, message: 'NUL bytes' }] },
  {
    name: 'symlink-out-of-folder',
    build: (d) => {
      fs.rmSync(path.join(d, 'readme.md'));
      fs.symlinkSync('/etc/hostname', path.join(d, 'readme.md'));
    },
    expect: [{ rule: 'folder-file-unreadable', file: 'readme.md', message: 'outside the connector folder' }],
  },
  {
    name: 'symlink-loop',
    build: (d) => {
      fs.rmSync(path.join(d, 'script.csx'));
      fs.symlinkSync('loop-b', path.join(d, 'loop-a'));
      fs.symlinkSync('loop-a', path.join(d, 'loop-b'));
      fs.symlinkSync('loop-a', path.join(d, 'script.csx'));
    },
    expect: [{ rule: 'folder-file-unreadable', file: 'script.csx', message: /link/ }],
  },
  {
    name: 'permission-denied',
    build: (d) => fs.chmodSync(path.join(d, PROPS), 0o000),
    expect: [{ rule: 'folder-file-unreadable', file: PROPS, message: 'permission denied' }],
  },
  { name: `we ird $(touch pwned); 'x' "y" \u00e9\u6f22`, build: (d) => write(d, 'readme.md', '# Contoso\n'), expect: [{ rule: 'readme-required-sections', file: 'readme.md' }] },
];

describe('hostile and broken input', function () {
  this.timeout(300_000);
  let root: string;
  let report: Report;
  let code: number;
  let stderr: string;
  let hashBefore: string;
  let hashAfter: string;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-hostile-'));
    fs.chmodSync(root, 0o755);
    for (const c of CASES) {
      const dir = path.join(root, 'certified-connectors', c.name);
      fs.cpSync(GOOD[c.program ?? 'verified'], dir, { recursive: true });
      c.build(dir);
    }
    hashBefore = treeHash(root);
    // As root, permissions are not enforced: run the CLI as an unprivileged user so the unreadable file is unreadable.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = await runCli(['lint', root, '--format', 'json', '--timeout', '120'], { cwd: os.tmpdir(), ...asNobody });
    hashAfter = treeHash(root);
    ({ code, stderr } = result);
    report = JSON.parse(result.stdout);
  });

  after(() => {
    if (root) {
      fs.chmodSync(path.join(root, 'certified-connectors', 'permission-denied', PROPS), 0o644);
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('exits with 1 (findings), prints no stack trace, and changes no file', () => {
    expect(code, stderr).to.equal(1);
    expect(stderr).to.not.match(/\n\s+at .+:\d+:\d+/);
    expect(hashAfter).to.equal(hashBefore);
    expect(fs.existsSync(path.join(os.tmpdir(), 'pwned'))).to.equal(false);
  });

  it('gives every folder its report, with no crashed rule', () => {
    expect(report.connectors.map((c) => path.basename(c.path)).sort()).to.deep.equal(CASES.map((c) => c.name).sort());
    const crashed = report.connectors.flatMap((c) => c.findings.filter((f) => f.rule === 'internal-error' || f.rule === 'lint-timeout').map((f) => `${c.path}: ${f.message}`));
    expect(crashed).to.deep.equal([]);
  });

  for (const c of CASES) {
    it(`answers "${c.name}" with a clear finding`, () => {
      const connector = report.connectors.find((r) => path.basename(r.path) === c.name)!;
      for (const e of c.expect) expectFinding(connector.findings, e);
    });
  }
});
