import { budgets, bundle } from '/work/main/scripts/size.mjs';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
const b = budgets.find(b => b.name.startsWith('login'));
const chunks = await bundle(b.code);
const e = chunks.find(c => c.isEntry);
// minify each module's rendered code individually and estimate marginal gzip by removing it from concatenation
const mods = Object.entries(e.modules).filter(([,m]) => m.code);
const minified = [];
for (const [id, m] of mods) { const r = await transform(m.code, { minify: true, loader: 'js' }).catch(() => ({ code: m.code })); minified.push([id, r.code]); }
const all = gzipSync(minified.map(x => x[1]).join('\n'), { level: 9 }).length;
const rows = minified.map(([id, code], i) => [all - gzipSync(minified.filter((_, j) => j !== i).map(x => x[1]).join('\n'), { level: 9 }).length, id.replace(/.*\/dist\//, '').replace(/.*node_modules\//, 'nm:')]);
rows.sort((a, b) => b[0] - a[0]);
console.log('total', all); for (const r of rows.slice(0, Number(process.argv[2] || 60))) console.log(String(r[0]).padStart(6), r[1]);
