// Sizes: our entries through scripts/size.mjs's own measure() (so the numbers are CI's numbers), and the
// competitors' minimal login screens through the very same bundle() (Vite/Rolldown as a storefront's build would:
// minified, es2022, React external, NODE_ENV=production, code splitting on `import()`; gzip level 9 and brotli
// defaults). Initial JS = the entry chunk and every chunk it imports statically; lazy chunks are reported apart.
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { benchDir, distDir } from './paths.mjs';
import { budgets, bundle, measure } from '../../scripts/size.mjs';

const kB = 1024;

const compress = (bytes) => ({ bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length });
const sum = (items) => items.reduce((total, item) => ({ bytes: total.bytes + item.bytes, gzip: total.gzip + item.gzip, brotli: total.brotli + item.brotli }), { bytes: 0, gzip: 0, brotli: 0 });

function budgetOf(prefix) {
  const budget = budgets.find((b) => b.name.startsWith(prefix));
  if (!budget) throw new Error(`bench: no budget starting with "${prefix}" in scripts/size.mjs`);
  return budget;
}

/**
 * Our entries, each `size` from scripts/size.mjs's measure() (initial JS, plus `lazy` chunks). `limit` is the CI
 * budget, `stretch` its stretch goal, `target` the first issue's figure.
 * @returns {Promise<Array<{ id: string, name: string, size: object, limit: number, stretch?: number, target?: number }>>}
 */
export async function measureOurs() {
  const row = async (id, prefix, name, extra = {}) => {
    const budget = budgetOf(prefix);
    return { id, name, size: await measure(budget), limit: budget.limit, stretch: budget.stretch, ...extra };
  };
  return [
    await row('client', 'client', 'fdk-user-react client (`createUserClient` + `signRequest`)', { target: 12 * kB }),
    await row('hooks', 'hooks', 'fdk-user-react hooks (`UserKitProvider` + `useLoggedInUser` + `useLoginWithOTP`)'),
    await row('login-js', 'login route JS', 'fdk-user-react login route JS (`UserKitProvider` + `AuthScreen`), initial', { target: 45 * kB }),
    await row('login-css', 'login route CSS', 'fdk-user-react login route CSS (`styles.css`)', { target: 10 * kB }),
    await row('profile-js', 'profile route JS', 'fdk-user-react profile route JS (`UserKitProvider` + `ProfileScreen`), initial', { target: 50 * kB }),
  ];
}

/** The initial chunks of a bundle() output: the entry and everything it imports statically. */
function initialChunks(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set();
  const visit = (name) => {
    if (!byName.has(name) || initial.has(name)) return;
    initial.add(name);
    for (const imported of byName.get(name).imports) visit(imported);
  };
  visit(chunks.find((chunk) => chunk.isEntry).fileName);
  return chunks.filter((chunk) => initial.has(chunk.fileName));
}

/**
 * What our login route's initial JS is made of, by package: bundle()'s chunks (the same build as measure()), each
 * module's rendered length before minification. The minifier works on whole chunks, so a package's minified bytes
 * are estimated as its share of the rendered code times the chunks' minified size.
 */
export async function ourLoginBreakdown() {
  const chunks = initialChunks(await bundle(budgetOf('login route JS').code));
  return breakdown(chunks);
}

/** A page entry that renders a competitor's `LoginScreen` (bench/entries/*.jsx), as scripts/size.mjs's renders() does. */
const rendersCompetitor = (entry) =>
  [
    "import { createElement as h } from 'react';",
    "import { createRoot } from 'react-dom/client';",
    `import { LoginScreen } from ${JSON.stringify(path.join(benchDir, 'entries', entry))};`,
    "createRoot(document.getElementById('root')).render(h(LoginScreen, {}));",
  ].join('\n');

/** The competitors' login screens (bench/entries/*.jsx). */
export const competitors = [
  { id: 'supabase', name: '`@supabase/auth-ui-react` `<Auth>` + `@supabase/supabase-js`', entry: 'supabase.jsx', packages: ['@supabase/auth-ui-react', '@supabase/auth-ui-shared', '@supabase/supabase-js'] },
  { id: 'amplify', name: '`@aws-amplify/ui-react` `<Authenticator>` + `aws-amplify` (+ styles.css)', entry: 'amplify.jsx', packages: ['@aws-amplify/ui-react', 'aws-amplify'] },
  { id: 'firebaseui', name: '`firebaseui` `AuthUI` (email) + `firebase` compat (+ firebaseui.css)', entry: 'firebaseui.jsx', packages: ['firebaseui', 'firebase'] },
  { id: 'stytch', name: '`@stytch/react` `<StytchLogin>` (email magic links)', entry: 'stytch.jsx', packages: ['@stytch/react'] },
  { id: 'clerk', name: '`@clerk/react` `<ClerkProvider><SignIn/>` — loader only, UI from CDN', entry: 'clerk.jsx', packages: ['@clerk/react'] },
];

function installedVersion(name) {
  try {
    return JSON.parse(readFileSync(path.join(benchDir, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** Builds one competitor entry with scripts/size.mjs's bundle(); initial JS, lazy JS and CSS measured apart. */
export async function measureCompetitor(competitor) {
  const versions = competitor.packages.map((name) => `${name}@${installedVersion(name) ?? '?'}`);
  try {
    const output = await bundle(rendersCompetitor(competitor.entry), { resolveDir: benchDir, alias: {}, withAssets: true });
    const chunks = output.filter((item) => item.type === 'chunk');
    const initial = initialChunks(chunks);
    const lazy = chunks.filter((chunk) => !initial.includes(chunk));
    // Fonts and images referenced by a stylesheet are separate files, loaded when used: only the CSS is counted.
    const stylesheets = output.filter((item) => item.type === 'asset' && item.fileName.endsWith('.css'));
    return {
      ...competitor,
      versions,
      js: sum(initial.map((chunk) => compress(Buffer.from(chunk.code)))),
      lazy: lazy.length ? sum(lazy.map((chunk) => compress(Buffer.from(chunk.code)))) : undefined,
      lazyCount: lazy.length,
      css: stylesheets.length ? sum(stylesheets.map((asset) => compress(Buffer.from(asset.source)))) : undefined,
      parts: breakdown(initial),
    };
  } catch (error) {
    return { ...competitor, versions, error: String(error.message ?? error).split('\n')[0] };
  }
}

/** Groups chunks' modules by package: rendered bytes, share, and the estimated minified bytes (share × minified). */
function breakdown(chunks) {
  const groups = new Map();
  let rendered = 0;
  for (const chunk of chunks) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      const group = packageOf(id);
      groups.set(group, (groups.get(group) ?? 0) + module.renderedLength);
      rendered += module.renderedLength;
    }
  }
  const minified = chunks.reduce((total, chunk) => total + Buffer.byteLength(chunk.code), 0);
  return [...groups.entries()]
    .map(([name, bytes]) => ({ name, share: bytes / rendered, bytes: Math.round((bytes / rendered) * minified) }))
    .sort((a, b) => b.bytes - a.bytes);
}

function packageOf(input) {
  if (input.startsWith('\0')) return `(bundler runtime: ${input.slice(1)})`;
  const normalized = input.replace(/\\/g, '/');
  const match = normalized.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (match) return match[match.length - 1].replace('node_modules/', '');
  if (normalized.startsWith(distDir.replace(/\\/g, '/'))) return 'fdk-user-react (own code)';
  if (normalized.includes('size-entry') || normalized.includes('/bench/entries/')) return '(entry)';
  return normalized;
}

/**
 * Clerk's run-time scripts: what `@clerk/react` injects from the Frontend API host (`/npm/@clerk/clerk-js@<major>/
 * dist/clerk.browser.js` and `/npm/@clerk/ui@<major>/dist/ui.browser.js`). Not bundled by the app, so measured
 * from the same files in their npm tarballs (`npm pack`, cached in bench/.cache). Only these entry scripts: the
 * chunks they load later for <SignIn> are not counted, so this is a lower bound.
 */
export async function measureClerkRuntime() {
  // @clerk/shared decides what the loader asks for: clerk-js's and ui's major versions (`versionSelector`).
  const sharedDist = path.join(benchDir, 'node_modules/@clerk/shared/dist');
  const jsVersion = readFileSync(path.join(sharedDist, 'versionSelector.mjs'), 'utf8').match(/packageVersion = "((\d+)\.[^"]*)"/);
  const uiVersion = readFileSync(path.join(sharedDist, 'loadClerkJsScript.mjs'), 'utf8').match(/versionSelector\(__internal_clerkUIVersion, "((\d+)\.[^"]*)"\)/);
  if (!jsVersion || !uiVersion) throw new Error('could not read the clerk-js / ui versions from @clerk/shared');
  const cache = path.join(benchDir, '.cache');
  mkdirSync(cache, { recursive: true });
  const scripts = [];
  for (const [name, [, builtAgainst, major], file] of [
    ['@clerk/clerk-js', jsVersion, 'clerk.browser.js'],
    ['@clerk/ui', uiVersion, 'ui.browser.js'],
  ]) {
    const dir = path.join(cache, `${name.replace('/', '+')}@${major}`);
    const target = path.join(dir, 'package', 'dist', file);
    if (!existsSync(target)) {
      mkdirSync(dir, { recursive: true });
      const packed = JSON.parse(execFileSync('npm', ['pack', `${name}@${major}`, '--pack-destination', dir, '--json', '--silent'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
      execFileSync('tar', ['xzf', path.join(dir, packed[0].filename), '-C', dir, `package/dist/${file}`, 'package/package.json']);
    }
    const version = JSON.parse(readFileSync(path.join(dir, 'package', 'package.json'), 'utf8')).version;
    // The loader asks the CDN for `${name}@${major}` (the newest of that major); it was built against `builtAgainst`.
    scripts.push({ name: `${name}@${version} ${file}`, builtAgainst, major, size: compress(readFileSync(target)) });
  }
  return scripts;
}
