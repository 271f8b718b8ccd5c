// Sizes: our entries through scripts/size.mjs's own measure() (so the numbers are CI's numbers), and the
// competitors' minimal login screens with the very same esbuild settings (minified, ESM, es2022, browser,
// React external, NODE_ENV=production; gzip level 9 and brotli defaults).
import { build } from 'esbuild';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { benchDir, distDir, rootDir } from './paths.mjs';
import { budgets, measure } from '../../scripts/size.mjs';

const kB = 1024;
const external = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

/** The same options as scripts/size.mjs's measure(), for files instead of stdin. */
const sharedOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  external,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
};

const compress = (bytes) => ({ bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length });

function budgetOf(prefix) {
  const budget = budgets.find((b) => b.name.startsWith(prefix));
  if (!budget) throw new Error(`bench: no budget starting with "${prefix}" in scripts/size.mjs`);
  return budget;
}

/**
 * Our entries. `limit` is the CI budget (scripts/size.mjs), `target` the issue's.
 * @returns {Promise<Array<{ id: string, name: string, js?: object, css?: object, limit?: number, target?: number, note?: string }>>}
 */
export async function measureOurs() {
  const client = budgetOf('client');
  const hooks = budgetOf('hooks');
  const login = budgetOf('login route JS');
  const css = budgetOf('login route CSS');
  const rows = [
    { id: 'client', name: 'fdk-user-react client (`createUserClient` + `signRequest`)', size: await measure(client), limit: client.limit, target: 12 * kB },
    { id: 'hooks', name: 'fdk-user-react hooks (`UserKitProvider` + `useLoggedInUser` + `useLoginWithOTP`)', size: await measure(hooks), limit: hooks.limit },
    { id: 'login-js', name: 'fdk-user-react login route JS (`UserKitProvider` + `AuthScreen`)', size: await measure(login), limit: login.limit, target: 45 * kB },
    { id: 'login-css', name: 'fdk-user-react login route CSS (`styles.css`)', size: await measure(css), limit: css.limit, target: 10 * kB },
  ];
  const profile = budgetOf('profile route JS');
  rows.push({ id: 'profile-js', name: 'fdk-user-react profile route JS (`UserKitProvider` + `ProfileScreen`)', size: await measure(profile), limit: profile.limit, target: 50 * kB });
  return rows;
}

/** What our login route JS is made of: esbuild's metafile with measure()'s settings, grouped by package. */
export async function ourLoginBreakdown() {
  const login = budgetOf('login route JS');
  const result = await build({
    ...sharedOptions,
    stdin: { contents: login.code, resolveDir: rootDir, loader: 'js' },
    alias: { 'fdk-user-react': path.join(distDir, 'index.js') },
    absWorkingDir: rootDir,
    metafile: true,
  });
  return breakdown(result.metafile, Buffer.from(result.outputFiles[0].contents));
}

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

/** Builds one competitor entry; JS and CSS measured apart. */
export async function measureCompetitor(competitor) {
  const versions = competitor.packages.map((name) => `${name}@${installedVersion(name) ?? '?'}`);
  try {
    const result = await build({
      ...sharedOptions,
      entryPoints: [path.join(benchDir, 'entries', competitor.entry)],
      outdir: path.join(benchDir, 'dist', 'size', competitor.id),
      absWorkingDir: benchDir,
      jsx: 'automatic',
      metafile: true,
      // Fonts and images referenced by a stylesheet are separate files, loaded when used: not counted.
      loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file', '.png': 'file', '.gif': 'file', '.jpg': 'file' },
    });
    const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
    const css = result.outputFiles.find((file) => file.path.endsWith('.css'));
    const jsBytes = Buffer.from(js.contents);
    return {
      ...competitor,
      versions,
      js: compress(jsBytes),
      css: css ? compress(Buffer.from(css.contents)) : undefined,
      parts: breakdown(result.metafile, jsBytes),
    };
  } catch (error) {
    return { ...competitor, versions, error: String(error.message ?? error).split('\n')[0] };
  }
}

/** Groups a metafile's single JS output by package (minified bytes in the output). */
function breakdown(metafile, jsBytes) {
  const output = Object.entries(metafile.outputs).find(([file]) => file.endsWith('.js') || file === '<stdout>')[1];
  const groups = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const group = packageOf(input);
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  }
  const total = jsBytes.length;
  return [...groups.entries()].map(([name, bytes]) => ({ name, bytes, share: bytes / total })).sort((a, b) => b.bytes - a.bytes);
}

function packageOf(input) {
  const normalized = input.replace(/\\/g, '/');
  const match = normalized.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (match) return match[match.length - 1].replace('node_modules/', '');
  if (/(^|\/)dist\//.test(normalized) && !normalized.includes('bench/')) return 'fdk-user-react (own code)';
  if (normalized.startsWith('<stdin>') || normalized.startsWith('entries/')) return '(entry)';
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
