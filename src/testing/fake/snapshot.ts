import * as z from 'zod/mini';
import type { PlatformSchema } from '../../schemas/index';
import { platformPresets } from '../presets';
import { checkFault, isFaultRoute, type FakeFault, type FakeFaultStore } from './faults';
import { isPresetName } from './session';
import type { FakeContext } from './store';
import type { FakeLinkCode, FakeOtpRequest, FakeRegisterTicket, FakeSession, FakeUserRecord } from './types';

/**
 * What names a stored text as the state of a fake User service (its `format` field); anything else found in the
 * storage is foreign: the service starts fresh and writes over it.
 * @example
 * JSON.parse(localStorage.getItem(FAKE_STORAGE_KEY) ?? '{}').format === FAKE_STATE_FORMAT;
 */
export const FAKE_STATE_FORMAT = 'fdk-user-react/fake-user-service';

/**
 * The version of the stored state this service reads and writes (its `version` field); a state of another
 * version is read as foreign: the service starts fresh and writes over it.
 * @example
 * JSON.parse(readFileSync('.fake/state.json', 'utf8')).version === FAKE_STATE_VERSION;
 */
export const FAKE_STATE_VERSION = 1;

const str = z.string();
const num = z.number();
const bool = z.boolean();
const sms = z.object({ channel: z.literal('sms'), countryCode: num, phone: str });
const email = z.object({ channel: z.literal('email'), email: str });
const target = z.discriminatedUnion('channel', [sms, email]);
const linkKind = z.enum(['reset-password', 'verify-email', 'verify-mobile', 'login-link']);
const inboxKind = z.enum(['login-otp', 'verify-otp', 'reset-password', 'verify-email', 'verify-mobile', 'login-link']);
const contact = { primary: bool, verified: bool, active: bool };

const user = z.object({
  _id: str,
  user_id: str,
  application_id: str,
  first_name: str,
  last_name: str,
  gender: str,
  dob: z.optional(str),
  profile_pic_url: str,
  username: str,
  account_type: str,
  active: bool,
  has_old_password_hash: bool,
  emails: z.array(z.object({ email: str, ...contact })),
  phone_numbers: z.array(z.object({ country_code: num, phone: str, ...contact })),
  password: z.optional(str),
  created_at: str,
  updated_at: str,
});

const stateSchema = z.object({
  format: z.literal(FAKE_STATE_FORMAT),
  version: z.literal(FAKE_STATE_VERSION),
  instance: num,
  counters: z.record(str, num),
  origin: str,
  preset: z.union([z.object({ name: str }), z.object({ custom: z.record(str, z.unknown()) })]),
  users: z.array(user),
  // `expiresAt: null` stands for a session that never ends (JSON has no Infinity).
  sessions: z.array(z.object({ id: str, token: str, userId: str, createdAt: num, expiresAt: z.nullable(num) })),
  otps: z.array(
    z.object({
      id: str,
      target,
      key: str,
      kind: inboxKind,
      code: str,
      sentAt: num,
      expiresAt: num,
      resendAt: num,
      wrongAttempts: num,
      resendTokens: z.array(str),
      dead: bool,
      used: bool,
      ticket: z.optional(str),
    }),
  ),
  tickets: z.array(
    z.object({
      token: str,
      createdAt: num,
      proven: z.object({ sms: z.optional(sms), email: z.optional(email) }),
      pending: z.object({
        sms: z.optional(z.object({ target: sms, requestId: str })),
        email: z.optional(z.object({ target: email, requestId: str })),
      }),
      linkEmail: z.optional(email),
      profile: z.object({
        first_name: z.optional(str),
        last_name: z.optional(str),
        gender: z.optional(str),
        dob: z.optional(str),
        profile_pic_url: z.optional(str),
        password: z.optional(str),
      }),
      submitted: bool,
    }),
  ),
  links: z.array(z.object({ code: str, kind: linkKind, userId: str, target, expiresAt: num, used: bool })),
  inbox: z.array(
    z.object({
      id: num,
      to: str,
      channel: z.enum(['sms', 'email']),
      kind: inboxKind,
      code: str,
      link: z.optional(str),
      requestId: z.optional(str),
      text: str,
      at: str,
    }),
  ),
  // `remaining: 'always'` stands for a fault until cleared (Infinity in memory).
  faults: z.array(z.object({ route: str, fault: z.unknown(), remaining: z.union([num, z.literal('always')]) })),
});

type StoredState = z.output<typeof stateSchema>;

/** The whole state of a service as the text its storage keeps (versioned JSON). */
export function writeState(ctx: FakeContext, faults: FakeFaultStore): string {
  const state: StoredState = {
    format: FAKE_STATE_FORMAT,
    version: FAKE_STATE_VERSION,
    instance: ctx.instance,
    counters: Object.fromEntries(ctx.counters),
    origin: ctx.origin,
    preset: ctx.presetName === undefined ? { custom: { ...ctx.preset } } : { name: ctx.presetName },
    users: ctx.users,
    sessions: [...ctx.sessions.values()].map((session) => ({ ...session, expiresAt: Number.isFinite(session.expiresAt) ? session.expiresAt : null })),
    otps: [...ctx.otps.values()],
    tickets: [...ctx.tickets.values()],
    links: [...ctx.links.values()],
    inbox: ctx.inbox,
    faults: faults.list().map((entry) => ({ ...entry, remaining: Number.isFinite(entry.remaining) ? entry.remaining : 'always' })),
  };
  return JSON.stringify(state);
}

/** Why a stored text cannot be read, or `undefined` when it can. */
function problemOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FAKE_STATE_FORMAT) return 'it is not the state of a fake User service';
  const version = (data as { version?: unknown }).version;
  if (version !== FAKE_STATE_VERSION) return `it is version ${JSON.stringify(version)}, this service reads version ${FAKE_STATE_VERSION}`;
  return undefined;
}

function issueText(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  return first ? `${first.path.map(String).join('.') || 'state'}: ${first.message}` : 'unreadable';
}

/**
 * Reads a stored text into the service's state, all or nothing: `{ ok: true }` once every part was checked and
 * replaced, or `{ ok: false, reason }` (not JSON, another format or version, a malformed part, an unknown preset
 * or fault) with the state untouched.
 */
export function readState(ctx: FakeContext, faults: FakeFaultStore, text: string): { ok: true } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  const problem = problemOf(data);
  if (problem) return { ok: false, reason: problem };
  const parsed = stateSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: issueText(parsed.error.issues) };
  const state = parsed.data;
  if ('name' in state.preset && !isPresetName(state.preset.name)) return { ok: false, reason: `unknown preset ${JSON.stringify(state.preset.name)}` };
  for (const entry of state.faults) {
    const wrong = isFaultRoute(entry.route) ? checkFault(entry.fault) : `unknown fault route ${JSON.stringify(entry.route)}`;
    if (wrong) return { ok: false, reason: `faults: ${wrong}` };
  }

  ctx.instance = state.instance;
  ctx.counters = new Map(Object.entries(state.counters));
  ctx.origin = state.origin;
  if ('name' in state.preset && isPresetName(state.preset.name)) {
    ctx.preset = platformPresets[state.preset.name];
    ctx.presetName = state.preset.name;
  } else if ('custom' in state.preset) {
    ctx.preset = state.preset.custom as PlatformSchema;
    ctx.presetName = undefined;
  }
  ctx.users = state.users.map((entry): FakeUserRecord => ({ ...entry, dob: entry.dob, password: entry.password }));
  ctx.sessions = new Map(state.sessions.map((entry): [string, FakeSession] => [entry.token, { ...entry, expiresAt: entry.expiresAt ?? Number.POSITIVE_INFINITY }]));
  ctx.otps = new Map(state.otps.map((entry): [string, FakeOtpRequest] => [entry.id, entry]));
  ctx.tickets = new Map(state.tickets.map((entry): [string, FakeRegisterTicket] => [entry.token, entry]));
  ctx.links = new Map(state.links.map((entry): [string, FakeLinkCode] => [entry.code, entry]));
  ctx.inbox = state.inbox;
  faults.replace(
    state.faults.map((entry) => ({
      route: entry.route as Parameters<FakeFaultStore['inject']>[0],
      fault: entry.fault as FakeFault,
      remaining: entry.remaining === 'always' ? Number.POSITIVE_INFINITY : entry.remaining,
    })),
  );
  return { ok: true };
}
