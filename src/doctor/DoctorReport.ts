/**
 * What `fdk-user-react doctor` takes and what it finds: the options of a run, one finding per thing checked,
 * and the report of a whole run (printed for people or as one JSON document).
 */

/** How a finding came out: `ok` (nothing to do), `warn` (works, but look at it), `fail` (will not work). */
export type DoctorStatus = 'ok' | 'warn' | 'fail';

/** The checks of the doctor, in the order they run (see `doctorChecks`). */
export type DoctorCheckId =
  | 'options'
  | 'reach'
  | 'endpoint'
  | 'clock'
  | 'credentials'
  | 'signature'
  | 'platform-config'
  | 'origin'
  | 'cors'
  | 'cookie';

/** What the doctor checks: the setup of a storefront, as given on the command line. */
export interface DoctorOptions {
  /** The kit's `baseUrl`: the application's API domain or the storefront's own origin. */
  baseUrl: string;
  /** The application id. */
  applicationId: string;
  /** The application token (never printed: see `maskSecret`). */
  applicationToken: string;
  /** The storefront's origin (`https://shop.example.com`), to check same-origin vs cross-origin, CORS and cookies. */
  origin?: string | undefined;
  /** The `name` passed to `getPlatformConfig`. */
  platformName?: string | undefined;
  /** A test account to sign in with, to read the session cookie's attributes (`user:password`). */
  testLogin?: { username: string; password: string } | undefined;
  /** Time allowed for each request, in ms. Default 10 000. */
  timeout?: number | undefined;
  /** A custom `fetch` (tests). Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** The local clock (tests). Default `Date.now`. */
  now?: (() => number) | undefined;
}

/**
 * One finding: what was seen and, when it is not ok, what to change.
 * @example
 * const finding: DoctorFinding = {
 *   check: 'clock',
 *   status: 'warn',
 *   seen: "The server's clock is 2 min 5 s ahead of this machine's.",
 *   fix: 'Synchronise the clock (NTP): x-fp-date is signed with the local time.',
 * };
 */
export interface DoctorFinding {
  /** The check that found it. */
  check: DoctorCheckId;
  /** How it came out. */
  status: DoctorStatus;
  /** One line: what was seen. */
  seen: string;
  /** One line: what to change (absent when `status` is `ok`). */
  fix?: string;
}

/**
 * A check that did not run, and why (an earlier check failed, or an option it needs was not given).
 * @example
 * const skipped: DoctorSkip = { check: 'cors', reason: 'no --origin given' };
 */
export interface DoctorSkip {
  /** The check. */
  check: DoctorCheckId;
  /** Why it did not run. */
  reason: string;
}

/**
 * Everything one run of the doctor found. `ok` is `false` when any finding failed (the command then exits with 1).
 * @example
 * const report = await runDoctor({ baseUrl: 'https://api.fynd.com', applicationId: 'app', applicationToken: 'token' });
 * if (!report.ok) for (const f of report.findings) if (f.status === 'fail') console.log(f.seen, f.fix);
 */
export interface DoctorReport {
  /** `true` when no finding failed. */
  ok: boolean;
  /** The base URL checked. */
  baseUrl: string;
  /** The application id checked. */
  applicationId: string;
  /** The application token, masked (`****oken`). */
  applicationToken: string;
  /** The storefront origin as given, `null` without `--origin`. */
  origin: string | null;
  /** Every finding, in the order of the checks. */
  findings: DoctorFinding[];
  /** The checks that did not run. */
  skipped: DoctorSkip[];
  /** How many findings of each status. */
  summary: Record<DoctorStatus, number>;
}

/**
 * What one check returns for each thing it found: a finding without its check id (the runner adds it).
 * @example
 * const result: DoctorCheckResult = { status: 'ok', seen: 'The signed request was accepted.' };
 */
export type DoctorCheckResult = Omit<DoctorFinding, 'check'>;
