#!/usr/bin/env node
// npm run bench: fdk-user-react's size, requests and speed next to the login kits storefront teams use today,
// in one run. Writes bench/results.md, prints it, exits 1 when one of OUR budgets is exceeded.
//
//   node bench/run.mjs            sizes (ours + competitors) and timing in Chromium; writes bench/results.md
//   node bench/run.mjs --sizes    sizes only (ours + competitors), printed, results.md untouched
//   node bench/run.mjs --ci       our sizes and budgets only: no competitor install, no browser (for CI)
//   --runs N                      timed loads per page and network profile (default 7, env BENCH_RUNS)
//   --build                       rebuild the library (npm run build) first; done anyway when dist/ is missing
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDir, distDir, rootDir } from './lib/paths.mjs';

const args = process.argv.slice(2);
const mode = args.includes('--ci') ? 'ci' : args.includes('--sizes') ? 'sizes' : 'full';
const runsArg = args.indexOf('--runs');
const runs = Number(runsArg >= 0 ? args[runsArg + 1] : (process.env.BENCH_RUNS ?? 7));
if (!Number.isInteger(runs) || runs < 1) throw new Error('bench: --runs needs a positive integer');

const started = Date.now();
const loadAtStart = os.loadavg()[0];
const log = (line) => process.stderr.write(`${line}\n`);

if (args.includes('--build') || !existsSync(path.join(distDir, 'index.js')) || !existsSync(path.join(distDir, 'testing.js'))) {
  log('bench: building the library (npm run build)…');
  const built = spawnSync('npm', ['run', 'build'], { cwd: rootDir, stdio: ['ignore', 'inherit', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (mode !== 'ci' && !existsSync(path.join(benchDir, 'node_modules', '@supabase', 'auth-ui-react'))) {
  log('bench: the competitors are not installed; run `npm run bench` (it installs bench/ first) or `npm --prefix bench install`.');
  process.exit(1);
}

const { measureOurs, ourLoginBreakdown, competitors, measureCompetitor, measureClerkRuntime } = await import('./lib/sizes.mjs');

// ---------------------------------------------------------------------------------------------------- sizes
log('bench: sizes…');
const ours = await measureOurs();
const byId = Object.fromEntries(ours.map((row) => [row.id, row]));
const theirs = [];
let clerkRuntime;
let clerkRuntimeError;
if (mode !== 'ci') {
  for (const competitor of competitors) theirs.push(await measureCompetitor(competitor));
  try {
    clerkRuntime = await measureClerkRuntime();
  } catch (error) {
    clerkRuntimeError = String(error.message ?? error).split('\n')[0];
  }
}
const breakdown = mode === 'full' || mode === 'sizes' ? await ourLoginBreakdown() : undefined;

// --------------------------------------------------------------------------------------------------- timing
let timing;
let pages;
if (mode === 'full') {
  const { platformPresets, startFakeUserServer } = await import(path.join(distDir, 'testing.js'));
  const { buildPages } = await import('./lib/pages.mjs');
  const { startBenchServer } = await import('./lib/server.mjs');
  const { measureTiming } = await import('./lib/timing.mjs');
  log('bench: building the timing pages…');
  const built = await buildPages({ platformConfig: platformPresets.default });
  pages = built.pages;
  const fake = await startFakeUserServer({ preset: 'default' });
  const server = await startBenchServer({ root: built.dir, fakeUrl: fake.url });
  try {
    log(`bench: timing in Chromium, ${runs} runs per page and profile…`);
    timing = await measureTiming({ baseUrl: server.url, pages, runs, log });
  } finally {
    await server.close();
    await fake.close();
  }
}

// --------------------------------------------------------------------------------------------------- report
const { timingReport } = mode === 'full' ? await import('./lib/timingReport.mjs') : {};
const kb = (bytes) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(2)} kB`);
const ratio = (value, reference) => (value === undefined || !reference ? '—' : `${(value / reference).toFixed(2)}×`);
const ok = (pass) => (pass ? '✅' : '❌ over');
const sum = (...sizes) => sizes.filter(Boolean).reduce((total, size) => ({ bytes: total.bytes + size.bytes, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli }), { bytes: 0, gzip: 0, brotli: 0 });

/** Our budget checks: [label, pass]. */
const checks = [];
const sizeRow = (name, size, budget, vs) => `| ${name} | ${kb(size?.bytes)} | ${kb(size?.gzip)} | ${kb(size?.brotli)} | ${budget} | ${vs} |`;
const lazyRow = (name, lazy) => (lazy.length ? sizeRow(`${name}, lazy: ${lazy.length} chunk(s) loaded on demand (not in the budget)`, sum(...lazy), '—', '—') : sizeRow(`${name}, lazy`, undefined, 'none', '—'));
const budgetText = (row) => {
  if (!row.size) return `≤ ${kb(row.limit)} — ${row.note}`;
  const pass = row.size.gzip <= row.limit;
  checks.push([`${row.name}: ${kb(row.size.gzip)} gzip ≤ ${kb(row.limit)}`, pass]);
  const stretch = row.stretch ? `, stretch ${kb(row.stretch)}${row.size.gzip <= row.stretch ? ' met' : ''}` : '';
  const issue = row.target && row.target !== row.limit && row.target !== row.stretch ? ` (first target: ${kb(row.target)})` : '';
  return `≤ ${kb(row.limit)}${stretch}${issue} ${ok(pass)}`;
};

const supabase = theirs.find((row) => row.id === 'supabase');
const reference = supabase && !supabase.error ? sum(supabase.js, supabase.css).gzip : undefined; // initial JS (+ CSS, none)
const loginTotal = sum(byId['login-js'].size, byId['login-css'].size);

const lines = [];
lines.push('# fdk-user-react bench');
lines.push('');
lines.push(
  `Measured by \`npm run bench\` (\`node bench/run.mjs\`) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${timing ? `Chromium ${timing.browserVersion} (Debian, headless, through playwright-core), ` : ''}${os.cpus().length} × ${os.cpus()[0]?.model?.trim() ?? 'CPU'}. ` +
    `Load average ${loadAtStart.toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end${Math.max(loadAtStart, os.loadavg()[0]) > os.cpus().length ? ' (busy machine, above the core count: the ms columns are noisy, loopback most; read the min–max before a ratio)' : ''}. Library build: \`dist/\` of ${statSync(path.join(distDir, 'index.js')).mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC. How to read it: bench/README.md.`,
);
lines.push('');
lines.push('## Sizes');
lines.push('');
lines.push(
  'Every row is bundled by `scripts/size.mjs`’s `bundle()`, as a storefront’s Vite build would: Vite/Rolldown, minified, es2022, `react`, `react-dom`, `react/jsx-runtime` and `react-dom/client` external, `NODE_ENV=production`, code splitting on `import()`, from an entry that renders the screen into the page (`renders()`; the competitors’ `LoginScreen` from `entries/*.jsx` the same way); gzip level 9 and brotli. ' +
    '**Initial** JS is what a shopper downloads before the screen works: the entry chunk and every chunk it imports statically, each compressed on its own; chunks loaded on demand (`import()`: steps not reached yet, prefetched when idle) are the **lazy** rows. ' +
    'Our rows come from `scripts/size.mjs`’s own `measure()`, so they are the CI numbers. Budgets are gzip, of the initial JS; "vs Supabase" divides the gzip size by the Supabase Auth UI login screen’s initial JS (its styles being CSS-in-JS).',
);
lines.push('');
lines.push('| entry | minified | gzip | brotli | budget (gzip) | vs Supabase |');
lines.push('| --- | ---: | ---: | ---: | --- | ---: |');
lines.push(sizeRow(byId.client.name, byId.client.size, budgetText(byId.client), '—'));
lines.push(sizeRow(byId.hooks.name, byId.hooks.size, budgetText(byId.hooks), '—'));
lines.push(sizeRow(byId['login-js'].name, byId['login-js'].size, budgetText(byId['login-js']), ratio(byId['login-js'].size.gzip, reference)));
lines.push(lazyRow('fdk-user-react login route', byId['login-js'].size.lazy));
lines.push(sizeRow(byId['login-css'].name, byId['login-css'].size, budgetText(byId['login-css']), '—'));
lines.push(sizeRow('**fdk-user-react login route, JS + CSS**', loginTotal, '—', `**${ratio(loginTotal.gzip, reference)}**`));
lines.push(sizeRow(byId['profile-js'].name, byId['profile-js'].size, budgetText(byId['profile-js']), '—'));
lines.push(lazyRow('fdk-user-react profile route', byId['profile-js'].size.lazy));
for (const row of theirs) {
  const label = row.id === 'supabase' ? `${row.name} (reference)` : row.name;
  if (row.error) {
    lines.push(`| ${label} | could not be bundled here: ${row.error.replace(/\|/g, '\\|')} | | | | |`);
    continue;
  }
  lines.push(sizeRow(`${label} — JS, initial`, row.js, '—', ratio(row.js.gzip, reference)));
  if (row.lazy) lines.push(sizeRow(`${label} — JS, lazy: ${row.lazyCount} chunk(s) loaded on demand`, row.lazy, '—', '—'));
  if (row.css) {
    lines.push(sizeRow(`${label} — CSS`, row.css, '—', '—'));
    lines.push(sizeRow(`**${row.name.split(' ')[0]} login screen, JS + CSS**`, sum(row.js, row.css), '—', `**${ratio(sum(row.js, row.css).gzip, reference)}**`));
  }
  if (row.id === 'clerk' && clerkRuntime) {
    for (const script of clerkRuntime) {
      const note = script.name.includes(`@${script.builtAgainst} `) ? '' : ` (the loader asks for major ${script.major} and names ${script.builtAgainst}, which the npm registry reached here does not have; its newest ${script.major}.x was measured)`;
      lines.push(sizeRow(`Clerk run-time script from its CDN, not bundled: \`${script.name}\`${note}`, script.size, '—', '—'));
    }
    const total = sum(row.js, ...clerkRuntime.map((script) => script.size));
    lines.push(sizeRow('**Clerk loader + the two run-time entry scripts (lazy chunks not counted: a lower bound)**', total, '—', `**${ratio(total.gzip, reference)}**`));
  }
}
if (mode === 'ci') lines.push('| competitors | not measured with `--ci` | | | | |');
if (clerkRuntimeError) lines.push(`| Clerk run-time scripts | not measured: ${clerkRuntimeError.replace(/\|/g, '\\|')} | | | | |`);
lines.push('');
if (theirs.length) lines.push(`Versions: ${theirs.flatMap((row) => row.versions).map((v) => `\`${v}\``).join(', ')}.`);
lines.push('');

if (breakdown) {
  lines.push('### What our login route JS is made of');
  lines.push('');
  lines.push('The login route’s initial chunks from the same `bundle()` build, by package: the share of the code Rolldown rendered (before minification) and the minified bytes estimated as that share of the chunks’ minified size (the minifier works on whole chunks; gzip does not split by package).');
  lines.push('');
  lines.push('| package | minified (estimated) | share |');
  lines.push('| --- | ---: | ---: |');
  for (const part of breakdown.filter((p) => p.bytes > 0)) lines.push(`| ${part.name} | ${kb(part.bytes)} | ${(part.share * 100).toFixed(1)} % |`);
  lines.push('');
}
if (mode !== 'ci') {
  lines.push('### Lazy chunks of our routes');
  lines.push('');
  lines.push('Loaded on demand (a step the shopper reaches, prefetched when the browser is idle), each gzip-compressed on its own; the kit’s modules in each (`scripts/size.mjs`’s `measure()`).');
  lines.push('');
  lines.push('| route | chunk | gzip | kit modules |');
  lines.push('| --- | --- | ---: | --- |');
  for (const id of ['login-js', 'profile-js']) {
    for (const chunk of byId[id].size.lazy) lines.push(`| ${id.replace('-js', '')} | \`${chunk.chunk.replace(/^assets\//, '')}\` | ${kb(chunk.gzip)} | ${chunk.modules.map((m) => `\`${m}\``).join(', ') || '—'} |`);
  }
  lines.push('');
}
if (theirs.some((row) => row.parts)) {
  lines.push('### Where the competitors’ bytes are (largest packages, share of the initial JS, same method)');
  lines.push('');
  for (const row of theirs.filter((r) => r.parts)) {
    const top = row.parts.filter((p) => p.bytes > 0).slice(0, 4).map((p) => `${p.name} ${(p.share * 100).toFixed(0)} %`);
    lines.push(`- ${row.name.split(' ')[0]}: ${top.join(', ')}`);
  }
  lines.push('');
}

if (timing) lines.push(...timingReport({ timing, pages, runs, checks }));

lines.push('## Budgets (ours)');
lines.push('');
for (const [label, pass] of checks) lines.push(`- ${pass ? '✅' : '❌'} ${label}`);
if (mode !== 'full') lines.push(`- (requests before typing: measured only by the full run, \`npm run bench\`)`);
lines.push('');

lines.push('## Not measured');
lines.push('');
lines.push(
  '- **Clerk’s UI**: `@clerk/react` bundles only a loader; the sign-in form comes at run time from `@clerk/clerk-js` and `@clerk/ui` scripts on the Frontend API host in the publishable key. ' +
    'Their two entry scripts are measured above from the same files in their npm tarballs (the major versions `@clerk/react` asks for); the chunks they fetch afterwards for `<SignIn>` are not, nor is Clerk timed (it needs Clerk’s servers).',
);
lines.push('- **Timing of Amplify, FirebaseUI, Stytch and Clerk**: not part of this bench (sizes only); each needs its vendor’s backend (Cognito, Firebase Auth, Stytch, Clerk) or a stub of it to render. Supabase’s Auth UI is the timing reference because it renders its form with no request at all.');
lines.push('- **FirebaseUI with the modular SDK**: firebaseui 6 requires the v9/v10 compat API (`firebase/compat/app` + `firebase/compat/auth`), so it is measured with `firebase.auth()`, not `getAuth(app)`; firebaseui does not support firebase 11+ (peer `^9.1.3 || ^10.0.0`).');
lines.push('');

const report = lines.join('\n');
if (mode === 'full') writeFileSync(path.join(benchDir, 'results.md'), report);
process.stdout.write(report);
const failed = checks.filter(([, pass]) => !pass);
log(`bench: ${checks.length - failed.length} budget(s) ok, ${failed.length} over, in ${((Date.now() - started) / 1000).toFixed(0)} s${mode === 'full' ? '; written to bench/results.md' : ''}`);
process.exit(failed.length ? 1 : 0);
