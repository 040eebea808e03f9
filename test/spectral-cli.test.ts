import { expect } from 'chai';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSpectralBundle } from '../scripts/build-bundles';
import { GOOD } from './helpers/lint-case';

const ROOT = path.resolve(__dirname, '..');

function spectralLint(file: string): Promise<Array<{ code: string; path: string[] }>> {
  const bin = require.resolve('@stoplight/spectral-cli/dist/index.js');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [bin, 'lint', file, '--ruleset', path.join(ROOT, '.spectral.yaml'), '--format', 'json', '--quiet'],
      { cwd: ROOT, env: { ...process.env, SCARF_ANALYTICS: 'false' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        try {
          resolve(JSON.parse(stdout));
        } catch {
          reject(error ?? new Error(`spectral printed no JSON: ${stdout}`));
        }
      },
    );
  });
}

describe('.spectral.yaml for stock Spectral', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    buildSpectralBundle();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-spectral-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('makes @stoplight/spectral-cli report our rule ids on a connector definition and properties', async () => {
    const swagger = JSON.parse(fs.readFileSync(path.join(GOOD.verified, 'apiDefinition.swagger.json'), 'utf8'));
    swagger.info.title = 'Contoso Tasks Connector For Everyone';
    delete swagger.paths['/tasks'].get.parameters[0].description;
    fs.writeFileSync(path.join(dir, 'apiDefinition.swagger.json'), JSON.stringify(swagger, null, 4));
    const results = await spectralLint(path.join(dir, 'apiDefinition.swagger.json'));
    const codes = results.map((r) => `${r.code} ${r.path.join('/')}`);
    expect(codes).to.include('swagger-title-max-length info/title');
    expect(codes).to.include('swagger-param-description-required paths//tasks/get/parameters/0');

    const props = JSON.parse(fs.readFileSync(path.join(GOOD.independent, 'apiProperties.json'), 'utf8'));
    delete props.properties.publisher;
    fs.writeFileSync(path.join(dir, 'apiProperties.json'), JSON.stringify(props, null, 4));
    const propResults = await spectralLint(path.join(dir, 'apiProperties.json'));
    expect(propResults.map((r) => r.code)).to.include('props-publisher-required');
    expect(propResults.map((r) => r.code).every((c) => !c.startsWith('swagger-')), 'swagger rules stay off apiProperties.json').to.equal(true);
  });

  it('reports none of our rules on a good connector definition', async () => {
    const results = await spectralLint(path.join(GOOD.verified, 'apiDefinition.swagger.json'));
    expect(results.filter((r) => /^(swagger|props|settings)-/.test(r.code))).to.deep.equal([]);
  });
});
