import type { FakeUserService } from '../fakeService';
import { toIssues } from '../../client/responses';
import { PlatformSchema } from '../../schemas/index';
import { checkFault, isFaultRoute, type FakeFault, type FakeFaultRoute } from './faults';
import { isSentTo } from './inbox';
import { fakeUserMessages } from './messages';
import { isPresetName } from './session';
import type { FakeInboxKind, FakeResponse } from './types';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

function answer(status: number, body: unknown): FakeResponse {
  return { status, headers: { ...JSON_HEADERS }, body };
}

const badRequest = (message: string) => answer(400, { message });

/** The body as a JSON object, or `undefined` when it is anything else (not JSON, an array, a string …). */
function readJson(bodyText: string | null): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(bodyText ?? '') as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** Names the keys of `body` that are not in `known`, as a message; `undefined` when there are none. */
function unknownFields(body: Record<string, unknown>, known: readonly string[], prefix = ''): string | undefined {
  const unknown = Object.keys(body).filter((key) => !known.includes(key));
  if (unknown.length === 0) return undefined;
  return `Unknown field${unknown.length === 1 ? '' : 's'} ${unknown.map((key) => `${prefix}${key}`).join(', ')} (expected ${known.map((key) => `${prefix}${key}`).join(', ') || 'none'}).`;
}

/** A check of one field of a control request: what is wrong with `value` ("must be …"), or `undefined`. */
type Check = (value: unknown) => string | undefined;

const whole =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? undefined : `must be a whole number from ${min} to ${max}`;
const text =
  (max: number): Check =>
  (value) =>
    typeof value === 'string' && value.length <= max ? undefined : `must be a text of at most ${max} characters`;
const anything: Check = () => undefined;
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined ? undefined : check(value);

/** Header names the fake may not be told to set: they would break the HTTP answer itself. */
const RESERVED_HEADERS = ['content-length', 'transfer-encoding', 'connection', 'set-cookie', 'host'];
const headerRecord: Check = (value) => {
  const problem = 'must be an object of at most 20 headers, each a token name (not content-length, transfer-encoding, connection, set-cookie or host) and a text value without control characters';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem;
  const entries = Object.entries(value as Record<string, unknown>);
  const valid = entries.every(
    ([name, item]) =>
      /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/.test(name) &&
      !RESERVED_HEADERS.includes(name.toLowerCase()) &&
      typeof item === 'string' &&
      item.length <= 1000 &&
      // eslint-disable-next-line no-control-regex -- control characters (CR, LF …) are exactly what is refused
      !/[\u0000-\u001f\u007f]/.test(item),
  );
  return entries.length <= 20 && valid ? undefined : problem;
};

/** The longest latency fault the HTTP control route takes, in ms (one minute: longer than any client timeout). */
const MAX_FAULT_LATENCY_MS = 60_000;
/** The most calls a fault may apply to over HTTP (besides `"always"`). */
const MAX_FAULT_TIMES = 10_000;

/** What each fault type takes over `POST /_fake/faults`, with bounds; `type` aside, every field is optional but `latency.ms` and `status.status`. */
const FAULT_FIELDS = {
  latency: { ms: (value) => (value === undefined ? 'is required' : typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_FAULT_LATENCY_MS ? undefined : `must be a number of milliseconds from 0 to ${MAX_FAULT_LATENCY_MS}`) },
  status: { status: (value) => (value === undefined ? 'is required' : whole(200, 599)(value)), body: anything, headers: optional(headerRecord) },
  html: { status: optional(whole(200, 599)), html: optional(text(100_000)) },
  invalidJson: { status: optional(whole(200, 599)) },
  drop: {},
  unauthorized: { message: optional(text(1_000)) },
  rateLimit: { retryAfter: optional(whole(0, 86_400)), message: optional(text(1_000)) },
} satisfies Record<FakeFault['type'], Record<string, Check>>;

/** What is wrong with a fault sent as JSON, naming the field; `undefined` when it is a valid, bounded fault. */
function faultProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `fault must be an object such as { "type": "drop" } (got ${shown(value)}).`;
  const fault = value as Record<string, unknown>;
  const types = Object.keys(FAULT_FIELDS);
  if (typeof fault.type !== 'string' || !Object.hasOwn(FAULT_FIELDS, fault.type)) return `fault.type must be one of ${types.join(', ')} (got ${shown(fault.type)}).`;
  const fields: Record<string, Check> = FAULT_FIELDS[fault.type as FakeFault['type']];
  const unknown = unknownFields(fault, ['type', ...Object.keys(fields)], 'fault.');
  if (unknown) return `${unknown.slice(0, -1)} for a ${fault.type} fault.`;
  for (const [name, check] of Object.entries(fields)) {
    const problem = check(fault[name]);
    if (problem) return `fault.${name} ${problem} (got ${shown(fault[name])}).`;
  }
  // The service's own check, so that the two can never disagree.
  return checkFault(fault);
}

/** What is wrong with a `POST /_fake/preset` body, naming the field; `undefined` when it can be applied. */
function presetProblem(body: Record<string, unknown> | undefined): string | undefined {
  const usage = 'Send { "name": "<preset name>" } or { "preset": { … } }.';
  if (!body) return `The body must be a JSON object. ${usage}`;
  const unknown = unknownFields(body, ['name', 'preset']);
  if (unknown) return `${unknown} ${usage}`;
  if ('name' in body && 'preset' in body) return `Send either name or preset, not both. ${usage}`;
  if ('name' in body) {
    if (typeof body.name !== 'string') return `name must be a preset name (got ${shown(body.name)}). ${usage}`;
    return isPresetName(body.name) ? undefined : fakeUserMessages.unknownPreset(body.name);
  }
  if (typeof body.preset !== 'object' || body.preset === null || Array.isArray(body.preset)) return `preset must be a PlatformSchema object (got ${shown(body.preset)}). ${usage}`;
  const result = PlatformSchema.safeParse(body.preset);
  if (result.success) return undefined;
  return `preset is not a valid PlatformSchema: ${toIssues(result.error.issues, body.preset)
    .map((issue) => `preset.${issue.path}: ${issue.message}`)
    .join('; ')}.`;
}

/**
 * The control routes of the fake service (not part of the User API; never faulted, never checked in strict mode).
 * Their input is checked, and a bad one answers 400 `{ message }` naming the field:
 * - `GET /_fake/inbox` → `{ messages }` (filters: `?to=<email or mobile>` (at most 200 characters),
 *   `?kind=login-otp` (a lower-case kind)); `DELETE` empties it;
 * - `GET /_fake/preset` → `{ name, preset }`; `POST /_fake/preset` with `{ "name": "otpOnly" }` or `{ "preset": {…} }`
 *   (a PlatformSchema, checked field by field: `{ "preset": { "login": "yes" } }` is refused, naming `preset.login`);
 * - `GET /_fake/faults` → `{ faults }`; `POST /_fake/faults` with `{ "route": "loginWithOTP" | "*", "fault": {…},
 *   "times": 1 … 10 000 | "always" }`, every fault field checked and bounded (`latency.ms` 0 … 60 000,
 *   statuses 200 … 599, `retryAfter` 0 … 86 400, texts and headers limited; unknown types and fields refused);
 *   `DELETE /_fake/faults` (or `?route=`) clears them;
 * - `GET /_fake/users` → `{ users }`; `POST /_fake/reset` → back to the seeds.
 */
export function handleControl(service: FakeUserService, method: string, path: string, search: URLSearchParams, bodyText: string | null): FakeResponse {
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /_fake/inbox': {
      const to = search.get('to');
      const kind = search.get('kind');
      if (to !== null && to.length > 200) return badRequest(`to must be an email address or a mobile number of at most 200 characters (got ${to.length} characters).`);
      if (kind !== null && !/^[a-z][a-z-]{0,39}$/.test(kind)) return badRequest(`kind must be an inbox kind such as login-otp (got ${shown(kind)}).`);
      const messages = service.inbox.filter((message) => (to === null || isSentTo(message, to)) && (kind === null || message.kind === (kind as FakeInboxKind)));
      return answer(200, { messages });
    }
    case 'DELETE /_fake/inbox':
      service.clearInbox();
      return answer(200, { messages: [] });
    case 'GET /_fake/preset':
      return answer(200, { name: service.presetName ?? null, preset: service.preset });
    case 'POST /_fake/preset': {
      const body = readJson(bodyText);
      const problem = presetProblem(body);
      if (problem) return badRequest(problem);
      service.setPreset(typeof body?.name === 'string' ? body.name as Parameters<FakeUserService['setPreset']>[0] : (body?.preset as PlatformSchema));
      return answer(200, { name: service.presetName ?? null, preset: service.preset });
    }
    case 'GET /_fake/faults':
      return answer(200, { faults: service.faults.list().map((entry) => ({ ...entry, remaining: Number.isFinite(entry.remaining) ? entry.remaining : 'always' })) });
    case 'POST /_fake/faults': {
      const body = readJson(bodyText);
      if (!body) return badRequest('The body must be a JSON object: { "route": "loginWithOTP" | "*", "fault": { "type": … }, "times": 1 | "always" }.');
      const unknown = unknownFields(body, ['route', 'fault', 'times']);
      if (unknown) return badRequest(unknown);
      const target = body.route ?? '*';
      if (!isFaultRoute(target)) return badRequest(`route must be a method name or "*" (got ${shown(target)}).`);
      const problem = faultProblem(body.fault);
      if (problem) return badRequest(problem);
      const times = body.times;
      if (times !== undefined && times !== 'always' && whole(1, MAX_FAULT_TIMES)(times)) {
        return badRequest(`times must be a number of calls from 1 to ${MAX_FAULT_TIMES}, or "always" (got ${shown(times)}).`);
      }
      service.faults.inject(target as FakeFaultRoute, body.fault as FakeFault, { times: (times as number | 'always' | undefined) ?? 1 });
      return answer(200, { faults: service.faults.list().length });
    }
    case 'DELETE /_fake/faults': {
      const target = search.get('route');
      if (target !== null && !isFaultRoute(target)) return badRequest(`route must be a method name or "*" (got ${shown(target)}).`);
      service.faults.clear(target ?? undefined);
      return answer(200, { faults: service.faults.list().length });
    }
    case 'GET /_fake/users':
      return answer(200, { users: service.users });
    case 'POST /_fake/reset':
      service.reset();
      return answer(200, { reset: true });
    default:
      return answer(404, { message: fakeUserMessages.notFound(method, path) });
  }
}
