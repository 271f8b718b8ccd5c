import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DoctorReport } from '../../src/doctor/DoctorReport';
import { runCli } from '../../src/doctor/runCli';
import { fakeApplication } from '../../src/testing/createFakeUserService';
import { startFakeUserServer, type FakeUserServer } from '../../src/testing/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const token = fakeApplication.applicationToken;

let fake: FakeUserServer;
beforeAll(async () => {
  fake = await startFakeUserServer({ strict: true });
});
afterAll(async () => {
  await fake.close();
});

const args = (...extra: string[]) => ['doctor', '--base-url', fake.url, '--application-id', fakeApplication.applicationId, '--application-token', token, ...extra];

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('runCli', () => {
  it('all ok: one line per finding, exit code 0', async () => {
    const { code, stdout, stderr } = await cli(args('--origin', fake.url, '--test-login', 'ana@example.com:Passw0rd!'));
    const lines = stdout.split('\n');

    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(lines[0]).toBe(`fdk-user-react doctor: ${fake.url} (application fake-application, token ****oken, storefront ${fake.url})`);
    expect(lines.slice(2, 12).map((line) => line.split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'ok options', 'ok reach', 'ok endpoint', 'ok clock', 'ok credentials', 'ok signature', 'ok platform-config', 'ok origin', '- cors', 'ok cookie',
    ]);
    expect(lines).toContain('ok    signature        The signed request (x-fp-date, x-fp-signature v1.1) was accepted (HTTP 200).');
    expect(lines).toContain('-     cors             not run: same origin: no CORS');
    expect(lines.at(-2)).toBe('0 failed, 0 to look at, 9 ok, 1 not run.');
    expect(stdout).not.toContain(token);
    expect(stdout).not.toContain('Passw0rd!');
  });

  it('a failure: its line, a fix line under it, exit code 1', async () => {
    const { code, stdout } = await cli(args().map((arg) => (arg === token ? 'another-token-value' : arg)));

    expect(code).toBe(1);
    expect(stdout).toContain(
      'fail  credentials      GET /service/application/user/platform/v1.0/config, which needs no shopper session, answered HTTP 401 "Invalid application credentials": the application credentials were refused.\n' +
        "                       fix: Check --application-id and --application-token against the storefront's application: the kit sends them as Authorization: Bearer base64(<application id>:<application token>).\n",
    );
    expect(stdout).toContain('-     signature        not run: credentials failed');
    expect(stdout).not.toContain('another-token-value');
  });

  it('--json: one JSON document with every finding', async () => {
    const { code, stdout } = await cli(args('--json', '--platform-name', 'noSignInMethod'));
    const report = JSON.parse(stdout) as DoctorReport;

    expect(code).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.applicationToken).toBe('****oken');
    expect(report.origin).toBeNull();
    expect(report.findings.map((finding) => finding.check)).toEqual(['options', 'reach', 'endpoint', 'clock', 'credentials', 'signature', 'platform-config']);
    expect(report.findings.find((finding) => finding.check === 'platform-config')).toMatchObject({ status: 'warn', fix: 'Turn on password login, OTP login or a social login for the application.' });
    expect(report.skipped).toEqual([
      { check: 'origin', reason: 'no --origin given' },
      { check: 'cors', reason: 'no --origin given' },
      { check: 'cookie', reason: 'no --test-login given' },
    ]);
    expect(stdout).not.toContain(token);
  });

  it.each([
    [[], 'Missing the command: doctor.'],
    [['check'], 'Unknown command: check.'],
    [['doctor'], 'Missing --base-url, --application-id, --application-token.'],
    [['doctor', '--base-url', 'https://x.example', '--application-id', 'a', '--application-token', 'token', '--test-login', 'nopassword'], '--test-login takes <user>:<password>.'],
    [['doctor', '--base-url', 'https://x.example', '--application-id', 'a', '--application-token', 'token', '--timeout', 'soon'], '--timeout takes a positive number of milliseconds.'],
    [['doctor', '--base-url'], "Option '--base-url <value>' argument missing"],
    [['doctor', '--bse-url', 'https://x.example'], "Unknown option '--bse-url'"],
  ])('a wrong command line %j: the reason and the usage on stderr, exit code 2, no request', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(`fdk-user-react: ${message}`)).toBe(true);
    expect(stderr).toContain('Usage: npx fdk-user-react doctor --base-url <url>');
  });

  it('--help prints the usage with every check, exit code 0', async () => {
    const { code, stdout } = await cli(['doctor', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npx fdk-user-react doctor --base-url <url> --application-id <id> --application-token <token> [options]');
    expect(stdout).toContain('  platform-config the PlatformSchema, read by checkPlatformConfig');
    expect(stdout).toContain('Exit code: 0 when nothing failed, 1 when a check failed, 2 when the command line is wrong.');
  });
});

describe('the built bin (npm run build: vite, then package.json "bin")', () => {
  const outDir = path.join(root, 'node_modules/.cache', `fdk-doctor-bin-${process.pid}`);
  let bin: string;

  function run(file: string, argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [file, ...argv], { cwd: root });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  beforeAll(async () => {
    // The library build of vite.config.ts, into a directory of its own (dist/ may be in use); under node_modules
    // so that the bin finds `ky` and `zod` as it does once installed.
    const build = await run(path.join(root, 'node_modules/vite/bin/vite.js'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error']);
    expect(build.code, build.stderr).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };
    expect(pkg.files).toContain('dist');
    bin = path.join(outDir, path.relative('dist', pkg.bin['fdk-user-react']!));
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('starts with a shebang and prints the usage for --help', async () => {
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    const { code, stdout } = await run(bin, ['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npx fdk-user-react doctor');
  });

  it('checks the strict fake: exit code 0 when all is well, 1 with a wrong token', async () => {
    const good = await run(bin, args('--json'));
    expect(good.code).toBe(0);
    expect((JSON.parse(good.stdout) as DoctorReport).summary).toEqual({ ok: 7, warn: 0, fail: 0 });

    const bad = await run(bin, args().map((arg) => (arg === token ? 'another-token-value' : arg)));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^fail {2}credentials {6}.*HTTP 401 "Invalid application credentials"/m);
  });
});
