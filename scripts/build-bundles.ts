/**
 * Bundles the single-file artefacts that run without our sources:
 *   dist/spectral/connector-precheck.js — our Spectral rules for stock Spectral (.spectral.yaml extends it).
 * Run by `npm run build` (and so by `npm ci`, through `prepare`).
 */
import * as path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(__dirname, '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '');

export const SPECTRAL_BUNDLE = path.join(ROOT, 'dist/spectral/connector-precheck.js');

export function buildSpectralBundle(outfile = SPECTRAL_BUNDLE): void {
  buildSync({
    entryPoints: [path.join(ROOT, 'rules/ruleset.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Spectral's loader binds these to the host's own copies; two copies would break format matching.
    external: ['@stoplight/*'],
    logLevel: 'warning',
  });
}

if (require.main === module) {
  buildSpectralBundle();
  console.log(path.relative(ROOT, SPECTRAL_BUNDLE));
}
