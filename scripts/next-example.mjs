#!/usr/bin/env node
// Builds and serves examples/next-app-router (the Next.js App Router storefront) for its end-to-end test
// (test/next/) and by hand:
//   node scripts/next-example.mjs           kit build if needed, npm ci if needed, next build if needed (timed)
//   node scripts/next-example.mjs serve     the same, then the fake User service and `next start` until Ctrl-C
// Each step is skipped when its inputs did not change since the last run (stamps inside the example folder).
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const exampleDir = path.join(root, 'examples/next-app-router');
const distEntry = path.join(root, 'dist/index.js');
const installStamp = path.join(exampleDir, 'node_modules/.fdk-install-stamp');
const buildStamp = path.join(exampleDir, '.next/fdk-build-stamp');
const nextBin = path.join(exampleDir, 'node_modules/next/dist/bin/next');
/** No telemetry (no network beyond the registry), no update check. */
const quietEnv = { NEXT_TELEMETRY_DISABLED: '1', NO_UPDATE_NOTIFIER: '1' };

/** Every file under `dir` (sorted), skipping folders named in `skip`. */
function filesUnder(dir, skip = []) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !skip.some((folder) => path.relative(dir, file).split(path.sep).includes(folder)))
    .sort();
}

/** A hash of the content of these files (and their paths). */
function hashFiles(files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function run(command, args, cwd, env = {}) {
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...quietEnv, ...env } });
}

function timed(label, step, log) {
  const started = performance.now();
  const did = step();
  const seconds = (performance.now() - started) / 1000;
  log(`next-example: ${label} ${did ? `${seconds.toFixed(1)} s` : 'skipped (up to date)'}`);
  return { did, seconds };
}

/** The kit's dist/ is the package the example installs: build it when missing or older than src/. */
function buildKit() {
  if (existsSync(distEntry)) {
    const built = statSync(distEntry).mtimeMs;
    if (!filesUnder(path.join(root, 'src')).some((file) => statSync(file).mtimeMs > built)) return false;
  }
  run('npm', ['run', 'build', '--silent'], root, { NODE_ENV: 'production' });
  return true;
}

/**
 * `npm ci` in the example (its own lockfile; `.npmrc` there installs the kit as a copy of dist/ and runs no
 * install scripts), skipped when the lockfile and the kit's dist/ are those of the last install.
 */
function installExample(kitHash) {
  const stamp = hashFiles([path.join(exampleDir, 'package-lock.json')]) + kitHash;
  if (existsSync(installStamp) && readFileSync(installStamp, 'utf8') === stamp) return false;
  // Dev dependencies too (TypeScript for next build), whatever NODE_ENV says.
  run('npm', ['ci', '--include=dev', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], exampleDir);
  writeFileSync(installStamp, stamp);
  return true;
}

/** `next build` (Turbopack; its cache stays in .next/cache), skipped when no source, config or the kit changed. */
function buildExample(kitHash) {
  // Not the files next build writes itself (next-env.d.ts, tsconfig.tsbuildinfo), nor the README.
  const generated = ['README.md', 'next-env.d.ts', 'tsconfig.tsbuildinfo'];
  const sources = filesUnder(exampleDir, ['node_modules', '.next']).filter((file) => !generated.includes(path.relative(exampleDir, file)));
  const stamp = hashFiles(sources) + kitHash;
  if (existsSync(buildStamp) && readFileSync(buildStamp, 'utf8') === stamp && existsSync(path.join(exampleDir, '.next/BUILD_ID'))) return false;
  rmSync(buildStamp, { force: true });
  // A production build whatever the caller's NODE_ENV (Vitest sets `test`).
  run(process.execPath, [nextBin, 'build'], exampleDir, { NODE_ENV: 'production' });
  writeFileSync(buildStamp, stamp);
  return true;
}

/** What of the kit's package.json the installed copy depends on (not its scripts, which change often). */
function kitManifestHash() {
  const { name, version, type, exports, dependencies, peerDependencies, files } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return createHash('sha256').update(JSON.stringify({ name, version, type, exports, dependencies, peerDependencies, files })).digest('hex');
}

/**
 * Makes the example ready to start: the kit built, the example installed and built. Returns the seconds of each
 * step (0 for a skipped one).
 * @param {(line: string) => void} [log]
 */
export function prepareNextExample(log = console.log) {
  const kit = timed('kit build', buildKit, log);
  const kitHash = hashFiles(filesUnder(path.join(root, 'dist'))) + kitManifestHash();
  const install = timed('npm ci (example)', () => installExample(kitHash), log);
  const build = timed('next build', () => buildExample(kitHash), log);
  return { kit: kit.seconds, install: install.seconds, build: build.seconds };
}

/** A free port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * `next start` on 127.0.0.1, talking to the User API at `apiOrigin` (the fake in tests). Resolves once the home
 * page answers.
 * @param {{ apiOrigin: string, applicationId: string, applicationToken: string, platformName?: string, port?: number }} options
 * @returns {Promise<{ url: string, output: () => string, close: () => Promise<void> }>}
 */
export async function startNextExample(options) {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: exampleDir,
    env: {
      ...process.env,
      ...quietEnv,
      NODE_ENV: 'production',
      FDK_API_ORIGIN: options.apiOrigin,
      FDK_APPLICATION_ID: options.applicationId,
      FDK_APPLICATION_TOKEN: options.applicationToken,
      ...(options.platformName ? { FDK_PLATFORM_NAME: options.platformName } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      const answer = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (answer.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await close();
      throw new Error(`next start did not answer on ${url} within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, output: () => output, close };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  prepareNextExample();
  if (process.argv[2] === 'serve') {
    const { tsImport } = await import('tsx/esm/api');
    const { startFakeUserServer, fakeApplication, fakeSeedLogins } = await tsImport('../src/testing/index.ts', import.meta.url);
    const fake = await startFakeUserServer({ port: Number(process.env.FAKE_PORT ?? 4010), strict: true });
    const site = await startNextExample({ apiOrigin: fake.url, ...fakeApplication, port: Number(process.env.PORT ?? 3000) });
    const { ana } = fakeSeedLogins;
    console.log(`Next.js storefront on ${site.url} (fake User service on ${fake.url}, strict; codes at ${fake.url}/_fake/inbox)
Sign in as ${ana.email} / ${ana.password}, or +91 ${ana.mobile} by OTP. Ctrl-C stops both.`);
    const stop = () => void Promise.all([site.close(), fake.close()]).then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }
}
