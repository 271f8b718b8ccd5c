import { parseArgs } from 'node:util';
import type { DoctorOptions } from './DoctorReport';
import { doctorChecks } from './doctorChecks';

/** The help text of `fdk-user-react doctor`. */
export const doctorUsage = `Usage: npx fdk-user-react doctor --base-url <url> --application-id <id> --application-token <token> [options]

Checks a storefront's setup of fdk-user-react against the real application, with the kit's own client
(credentials, signature) and prints each finding with what to change.

Options:
  --base-url <url>              the kit's baseUrl: the API domain, or the storefront origin that forwards /service/*
  --application-id <id>         the application id
  --application-token <token>   the application token (never printed)
  --origin <origin>             the storefront's origin: same-origin or not, CORS, cookie site
  --platform-name <name>        the name passed to getPlatformConfig
  --test-login <user:password>  a test account: signs in once to check the session cookie, then signs out
  --timeout <ms>                time allowed for each request (default 10000)
  --json                        print one JSON document with every finding
  -h, --help                    print this help

Checks:
${doctorChecks.map((check) => `  ${check.id.padEnd(16)}${check.title}`).join('\n')}

Exit code: 0 when nothing failed, 1 when a check failed, 2 when the command line is wrong.
`;

/** What the command line asks for: help, a run, or nothing sensible (with the reason). */
export type DoctorCommand = { kind: 'help' } | { kind: 'run'; options: DoctorOptions; json: boolean } | { kind: 'error'; message: string };

const REQUIRED = ['base-url', 'application-id', 'application-token'] as const;

/**
 * Reads the arguments of `fdk-user-react` (after `node` and the script): the `doctor` command and its options.
 * @example
 * parseDoctorArgs(['doctor', '--base-url', 'https://api.fynd.com', '--application-id', 'app', '--application-token', 'token']);
 * // { kind: 'run', options: { baseUrl: 'https://api.fynd.com', … }, json: false }
 */
export function parseDoctorArgs(argv: readonly string[]): DoctorCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'base-url': { type: 'string' },
        'application-id': { type: 'string' },
        'application-token': { type: 'string' },
        origin: { type: 'string' },
        'platform-name': { type: 'string' },
        'test-login': { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals[0] !== 'doctor' || positionals.length > 1) {
    return { kind: 'error', message: positionals.length === 0 ? 'Missing the command: doctor.' : `Unknown command: ${positionals.join(' ')}.` };
  }
  const missing = REQUIRED.filter((name) => values[name] === undefined || values[name].trim() === '');
  if (missing.length > 0) return { kind: 'error', message: `Missing ${missing.map((name) => `--${name}`).join(', ')}.` };
  let testLogin: DoctorOptions['testLogin'];
  if (values['test-login'] !== undefined) {
    const at = values['test-login'].indexOf(':');
    if (at <= 0 || at === values['test-login'].length - 1) return { kind: 'error', message: '--test-login takes <user>:<password>.' };
    testLogin = { username: values['test-login'].slice(0, at), password: values['test-login'].slice(at + 1) };
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0)) return { kind: 'error', message: '--timeout takes a positive number of milliseconds.' };
  return {
    kind: 'run',
    json: values.json === true,
    options: {
      baseUrl: values['base-url']!,
      applicationId: values['application-id']!,
      applicationToken: values['application-token']!,
      origin: values.origin,
      platformName: values['platform-name'],
      testLogin,
      timeout,
    },
  };
}
