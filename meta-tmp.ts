import { build } from 'esbuild';
(async () => {
const r = await build({ entryPoints: ['src/action/main.ts'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', write: false, metafile: true, external: ['tsx','tsx/*'], outfile: '/tmp/x.js', absWorkingDir: process.cwd(), logLevel: 'silent', plugins: [] }).catch(e => { console.log(e.message); return e; });
const m = r.metafile; if (!m) { console.log('fail'); return; }
const out = Object.values(m.outputs)[0] as any;
const byPkg: Record<string, number> = {};
for (const [f, v] of Object.entries(out.inputs) as any) { const k = f.startsWith('node_modules/') ? f.split('/').slice(1, f.split('/')[1].startsWith('@') ? 3 : 2).join('/') : f.split('/').slice(0,2).join('/'); byPkg[k] = (byPkg[k] ?? 0) + v.bytesInOutput; }
console.log(Object.entries(byPkg).sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>`${(v/1024).toFixed(0).padStart(6)} KB ${k}`).join('\n'));
})();
