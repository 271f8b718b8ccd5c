import { userMethodNames, type UserMethodName } from '../../client/methods';
import { fakeUserMessages } from './messages';
import type { FakeResponse } from './types';

/**
 * A fault the fake service can inject instead of (or, for `latency`, before) the normal answer:
 * - `latency`: wait `ms` milliseconds, then answer normally;
 * - `status`: answer `status` with a JSON `body` (default `{ message: 'Injected fault' }`);
 * - `html`: an HTML error page, `text/html` (status default 502), as a proxy in front of the API sends;
 * - `invalidJson`: a body that is not JSON under `application/json` (status default 200);
 * - `drop`: no answer, the connection is dropped (server: the socket is destroyed; MSW: `HttpResponse.error()`);
 * - `unauthorized`: a 401 `{ message }` (the session itself is kept);
 * - `rateLimit`: a 429 with `Retry-After: retryAfter` (default 30 s).
 */
export type FakeFault =
  | { type: 'latency'; ms: number }
  | { type: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { type: 'html'; status?: number; html?: string }
  | { type: 'invalidJson'; status?: number }
  | { type: 'drop' }
  | { type: 'unauthorized'; message?: string }
  | { type: 'rateLimit'; retryAfter?: number; message?: string };

/** Where a fault applies: one method of the table by name, or every method (`'*'`). */
export type FakeFaultRoute = UserMethodName | '*';

/** How many calls a fault applies to: a number (default 1: the next call only) or `'always'` (until cleared). */
export interface FakeFaultOptions {
  times?: number | 'always';
}

/** A fault waiting in the list. */
export interface FakeFaultEntry {
  route: FakeFaultRoute;
  fault: FakeFault;
  /** Calls left, `Infinity` for `'always'`. */
  remaining: number;
}

/** The fault list of a fake service (`service.faults`). */
export interface FakeFaults {
  /**
   * Adds a fault for a route.
   * @example
   * service.faults.inject('loginWithOTP', { type: 'html' });                    // the next call only
   * service.faults.inject('*', { type: 'latency', ms: 2000 }, { times: 'always' }); // every call, until cleared
   */
  inject(route: FakeFaultRoute, fault: FakeFault, options?: FakeFaultOptions): void;
  /** Removes the faults of one route, or all of them. */
  clear(route?: FakeFaultRoute): void;
  /** The faults waiting, in order. */
  list(): readonly FakeFaultEntry[];
  /** Takes the fault for a call of `name` (route faults first, then `'*'`), counting one use. Used by `handle`. */
  take(name: UserMethodName): FakeFault | undefined;
}

/** The fault list as the service keeps it: {@link FakeFaults} plus a way to replace it at once (a state loaded from storage). */
export interface FakeFaultStore extends FakeFaults {
  /** Replaces every waiting fault (entries as {@link FakeFaults.list} gives them). */
  replace(entries: readonly FakeFaultEntry[]): void;
}

const faultTypes = ['latency', 'status', 'html', 'invalidJson', 'drop', 'unauthorized', 'rateLimit'] as const;

/** Whether a value is a route name faults accept. */
export function isFaultRoute(value: unknown): value is FakeFaultRoute {
  return value === '*' || (typeof value === 'string' && (userMethodNames as string[]).includes(value));
}

/** Checks a fault that came as JSON (`POST /_fake/faults`); an error message when it is not one. */
export function checkFault(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'fault must be an object';
  const fault = value as Record<string, unknown>;
  if (!(faultTypes as readonly unknown[]).includes(fault.type)) return `fault.type must be one of ${faultTypes.join(', ')}`;
  if (fault.type === 'latency' && !(typeof fault.ms === 'number' && fault.ms >= 0)) return 'fault.ms must be a number of milliseconds';
  if (fault.type === 'status' && !(typeof fault.status === 'number' && fault.status >= 100 && fault.status <= 599)) return 'fault.status must be an HTTP status';
  return undefined;
}

/** Creates an empty fault list. */
export function createFaults(): FakeFaultStore {
  let entries: FakeFaultEntry[] = [];
  return {
    inject(route, fault, options = {}) {
      if (!isFaultRoute(route)) throw new TypeError(`Unknown fault route: ${String(route)}`);
      const problem = checkFault(fault);
      if (problem) throw new TypeError(problem);
      const times = options.times ?? 1;
      entries.push({ route, fault, remaining: times === 'always' ? Number.POSITIVE_INFINITY : Math.max(0, times) });
    },
    clear(route) {
      entries = route === undefined ? [] : entries.filter((entry) => entry.route !== route);
    },
    list() {
      return entries.map((entry) => ({ ...entry }));
    },
    replace(given) {
      entries = given.map((entry) => ({ ...entry }));
    },
    take(name) {
      const entry = entries.find((item) => item.route === name && item.remaining > 0) ?? entries.find((item) => item.route === '*' && item.remaining > 0);
      if (!entry) return undefined;
      entry.remaining -= 1;
      if (entry.remaining <= 0) entries = entries.filter((item) => item !== entry);
      return entry.fault;
    },
  };
}

const json = { 'content-type': 'application/json; charset=utf-8' };

/** The answer of a fault (not for `latency`, which only waits). */
export function faultResponse(fault: Exclude<FakeFault, { type: 'latency' }>, route: UserMethodName): FakeResponse {
  switch (fault.type) {
    case 'status':
      return { status: fault.status, headers: { ...json, ...fault.headers }, body: fault.body ?? { message: fakeUserMessages.injected }, route };
    case 'html': {
      const status = fault.status ?? 502;
      const html = fault.html ?? `<!DOCTYPE html><html><head><title>${status} Bad Gateway</title></head><body><h1>${status} Bad Gateway</h1><hr><p>nginx</p></body></html>`;
      return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, text: html, route };
    }
    case 'invalidJson':
      return { status: fault.status ?? 200, headers: json, text: '{"user": {"first_name": "Ana", ', route };
    case 'drop':
      return { status: 0, headers: {}, drop: true, route };
    case 'unauthorized':
      return { status: 401, headers: json, body: { message: fault.message ?? fakeUserMessages.sessionExpired }, route };
    case 'rateLimit': {
      const seconds = fault.retryAfter ?? 30;
      return {
        status: 429,
        headers: { ...json, 'retry-after': String(seconds) },
        body: { message: fault.message ?? fakeUserMessages.resendTooSoon(seconds), retry_after: seconds },
        route,
      };
    }
  }
}
