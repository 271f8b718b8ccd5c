import type { PlatformSchema, UserSchema } from '../../schemas/index';
import type {
  FakeInboxMessage,
  FakeLinkCode,
  FakeLinkKind,
  FakeOtpRequest,
  FakeOtpTarget,
  FakeRegisterTicket,
  FakeSeedUser,
  FakeSession,
  FakeUserRecord,
} from './types';

/** Settings and state shared by all rules of one fake service. */
export interface FakeContext {
  readonly applicationId: string;
  /** Seconds before a code may be sent again to the same target. */
  readonly resendTimer: number;
  /** Seconds an OTP stays valid. */
  readonly otpTtl: number;
  /** Seconds a link code (reset, verification, login token) stays valid. */
  readonly linkTtl: number;
  /** Wrong OTP attempts allowed before a request is dead. */
  readonly maxOtpAttempts: number;
  /** Digits of an OTP. */
  readonly otpLength: number;
  /** Base of the links written in the inbox, or `undefined` for the origin of the request being answered. */
  readonly linkBaseUrl: string | undefined;
  /** Path (with `{code}`) of each kind of link. */
  readonly linkPaths: Readonly<Record<FakeLinkKind, string>>;
  /** How a new email given at "complete profile" is verified. */
  readonly emailVerification: 'otp' | 'link';
  /** Whether a new password is acceptable. */
  passwordRule(password: string): boolean;
  /** Origin of the request being answered (or of the last one), for links. */
  origin: string;
  now(): number;
  generateCode(): string;
  /** The counters by name (`user`, `otp`, `session`, `code` …): what {@link FakeContext.next} counts. */
  counters: Map<string, number>;
  /** Next number of a counter (ids are made from counters: deterministic). */
  next(counter: string): number;
  /** Starts every counter again (on reset). */
  resetCounters(): void;
  /** A distinct number per service instance, so that stale cookies of another instance never match. */
  instance: number;
  preset: PlatformSchema;
  presetName: string | undefined;
  users: FakeUserRecord[];
  /** Sessions by cookie token. */
  sessions: Map<string, FakeSession>;
  /** OTP requests by `request_id`. */
  otps: Map<string, FakeOtpRequest>;
  /** Registration tickets by `register_token`. */
  tickets: Map<string, FakeRegisterTicket>;
  /** Link codes by code. */
  links: Map<string, FakeLinkCode>;
  inbox: FakeInboxMessage[];
}

/** ISO date of the service clock. */
export function isoNow(ctx: FakeContext): string {
  return new Date(ctx.now()).toISOString();
}

/** A 24-hex-digit id (like a Mongo ObjectId) from a counter. */
export function objectId(n: number): string {
  return n.toString(16).padStart(24, '0');
}

/** A UUID-shaped token from a counter (`00000000-0000-4000-8000-000000000007`). */
export function uuidFrom(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** Lower-cased, trimmed email. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Digits only. */
export function digits(text: string): string {
  return text.replace(/\D/g, '');
}

/** The key OTP requests and tickets use for a target. */
export function targetKey(target: FakeOtpTarget): string {
  return target.channel === 'sms' ? `sms:${target.countryCode}${target.phone}` : `email:${target.email}`;
}

/** How a target is written in the inbox (`+91 9876543210`, `ana@example.com`). */
export function targetLabel(target: FakeOtpTarget): string {
  return target.channel === 'sms' ? `+${target.countryCode} ${target.phone}` : target.email;
}

/** A user by `_id`. */
export function findUserById(ctx: FakeContext, id: string): FakeUserRecord | undefined {
  return ctx.users.find((user) => user._id === id);
}

/** A user owning an email address (any case). */
export function findUserByEmail(ctx: FakeContext, email: string): FakeUserRecord | undefined {
  const wanted = normalizeEmail(email);
  return ctx.users.find((user) => user.emails.some((entry) => entry.email === wanted));
}

/** A user owning a phone number. */
export function findUserByPhone(ctx: FakeContext, countryCode: number, phone: string): FakeUserRecord | undefined {
  return ctx.users.find((user) => user.phone_numbers.some((entry) => entry.country_code === countryCode && entry.phone === phone));
}

/** Finds a user by email, or by mobile number with or without its country code (`9876543210`, `+91 98765 43210`). */
export function findUserByUsername(ctx: FakeContext, username: string): FakeUserRecord | undefined {
  const text = username.trim();
  if (text.includes('@')) return findUserByEmail(ctx, text);
  const wanted = digits(text);
  if (wanted === '') return undefined;
  return ctx.users.find((user) =>
    user.phone_numbers.some((entry) => entry.phone === wanted || `${entry.country_code}${entry.phone}` === wanted),
  );
}

/** Finds the user a target (an OTP's phone or email) belongs to. */
export function findUserByTarget(ctx: FakeContext, target: FakeOtpTarget): FakeUserRecord | undefined {
  return target.channel === 'sms' ? findUserByPhone(ctx, target.countryCode, target.phone) : findUserByEmail(ctx, target.email);
}

/**
 * Marks the user's contact named by the target as verified; it becomes primary when its list (emails or phone
 * numbers) has no primary yet.
 */
export function markVerified(ctx: FakeContext, user: FakeUserRecord, target: FakeOtpTarget): void {
  const list: { primary: boolean; verified: boolean }[] = target.channel === 'sms' ? user.phone_numbers : user.emails;
  const entry =
    target.channel === 'sms'
      ? user.phone_numbers.find((phone) => phone.country_code === target.countryCode && phone.phone === target.phone)
      : user.emails.find((email) => email.email === target.email);
  if (!entry) return;
  entry.verified = true;
  if (!list.some((item) => item.primary)) entry.primary = true;
  touch(ctx, user);
}

/** Sets `updated_at` to now. */
export function touch(ctx: FakeContext, user: FakeUserRecord): void {
  user.updated_at = isoNow(ctx);
}

/** What a new user is made of. */
export interface NewUser {
  first_name?: string | undefined;
  last_name?: string | undefined;
  gender?: string | undefined;
  dob?: string | undefined;
  profile_pic_url?: string | undefined;
  emails?: FakeUserRecord['emails'];
  phone_numbers?: FakeUserRecord['phone_numbers'];
  password?: string | undefined;
  has_old_password_hash?: boolean | undefined;
  created_at?: string | undefined;
  active?: boolean | undefined;
}

const DEFAULT_PICTURE = 'https://cdn.example.com/fake-user/default-profile.png';

/** Creates and stores a user (ids from counters). */
export function createUser(ctx: FakeContext, data: NewUser): FakeUserRecord {
  const n = ctx.next('user');
  const id = objectId(n);
  const created = data.created_at ?? isoNow(ctx);
  const firstName = data.first_name ?? '';
  const handle = (data.emails?.[0]?.email.split('@')[0] ?? data.phone_numbers?.[0]?.phone ?? 'user').replace(/[^a-z0-9]/gi, '_').toLowerCase();
  const user: FakeUserRecord = {
    _id: id,
    user_id: id,
    application_id: ctx.applicationId,
    first_name: firstName,
    last_name: data.last_name ?? '',
    gender: data.gender ?? '',
    dob: data.dob,
    profile_pic_url: data.profile_pic_url ?? DEFAULT_PICTURE,
    username: `${handle}_${n}`,
    account_type: 'user',
    active: data.active ?? true,
    has_old_password_hash: data.has_old_password_hash ?? false,
    emails: data.emails ?? [],
    phone_numbers: data.phone_numbers ?? [],
    password: data.password,
    created_at: created,
    updated_at: created,
  };
  ctx.users.push(user);
  return user;
}

/** Creates a user from a seed. */
export function createSeedUser(ctx: FakeContext, seed: FakeSeedUser): FakeUserRecord {
  return createUser(ctx, {
    first_name: seed.first_name,
    last_name: seed.last_name,
    gender: seed.gender,
    dob: seed.dob,
    profile_pic_url: seed.profile_pic_url,
    password: seed.password,
    has_old_password_hash: seed.has_old_password_hash,
    created_at: seed.created_at,
    active: seed.active,
    emails: (seed.emails ?? []).map((entry, index) => ({
      email: normalizeEmail(entry.email),
      primary: entry.primary ?? index === 0,
      verified: entry.verified ?? index === 0,
      active: entry.active ?? true,
    })),
    phone_numbers: (seed.phone_numbers ?? []).map((entry, index) => ({
      country_code: entry.country_code,
      phone: digits(entry.phone),
      primary: entry.primary ?? index === 0,
      verified: entry.verified ?? index === 0,
      active: entry.active ?? true,
    })),
  });
}

/** The user as the API answers it (`UserSchema`): no password, copies of the contact lists. */
export function toUserSchema(user: FakeUserRecord): UserSchema {
  return {
    _id: user._id,
    user_id: user.user_id,
    application_id: user.application_id,
    first_name: user.first_name,
    last_name: user.last_name,
    gender: user.gender,
    ...(user.dob === undefined ? {} : { dob: user.dob }),
    profile_pic_url: user.profile_pic_url,
    username: user.username,
    account_type: user.account_type,
    active: user.active,
    has_old_password_hash: user.has_old_password_hash,
    emails: user.emails.map((entry) => ({ ...entry })),
    phone_numbers: user.phone_numbers.map((entry) => ({ ...entry })),
    debug: { source: 'fake', platform: user.application_id },
    created_at: user.created_at,
    updated_at: user.updated_at,
  };
}

/** How many contacts (emails and phones) of the user are verified. */
export function verifiedContactCount(user: FakeUserRecord): number {
  return user.emails.filter((entry) => entry.verified).length + user.phone_numbers.filter((entry) => entry.verified).length;
}
