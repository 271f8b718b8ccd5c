import type * as z from 'zod/mini';
import type { UserMethodName, UserMethods } from '../../client/methods';

/** One request as the fake service sees it: what both adapters (MSW, node:http) hand to `service.handle`. */
export interface FakeRequest {
  /** HTTP verb (any case). */
  method: string;
  /** Full URL (`http://127.0.0.1:4010/service/…?a=b`) or a path with its query string. Either `url` or `path` is needed. */
  url?: string;
  /** Path, when `url` is not given (`/service/application/user/…`). */
  path?: string;
  /** Extra query parameters, merged over those of `url`. */
  query?: Record<string, string>;
  /** Request headers (any case), as a record or a `Headers`. */
  headers?: Record<string, string | string[] | undefined> | Headers;
  /** The exact body text, or `null`/`undefined` for none. */
  bodyText?: string | null;
  /** Request cookies by name (the adapters parse the `cookie` header or keep a jar). */
  cookies?: Record<string, string>;
}

/** A cookie the service sets. The adapters add the attributes (`HttpOnly; SameSite=Lax; Path=/`). */
export interface FakeCookie {
  /** Cookie name ({@link FAKE_SESSION_COOKIE}). */
  name: string;
  /** Cookie value (the session token). */
  value: string;
}

/** The answer of `service.handle`: the adapters write it out as it is. */
export interface FakeResponse {
  /** HTTP status. */
  status: number;
  /** Response headers, lower-case names (`content-type`, `retry-after` …). */
  headers: Record<string, string>;
  /** The JSON body, when the answer is JSON (most answers). */
  body?: unknown;
  /** The raw body text, for injected faults (an HTML page, broken JSON); wins over `body`. */
  text?: string;
  /** A cookie to set (`Set-Cookie`), after a login. */
  setCookie?: FakeCookie;
  /** Name of a cookie to clear, after a logout. */
  clearCookie?: string;
  /** `true` when the connection must be dropped without an answer (a `drop` fault). */
  drop?: boolean;
  /** The method of the table that answered (`loginWithOTP`), or `undefined` for control and unknown routes. */
  route?: UserMethodName;
}

/** An email address of a fake user. */
export interface FakeEmail {
  email: string;
  primary: boolean;
  verified: boolean;
  active: boolean;
}

/** A phone number of a fake user (`country_code` is a number, as in USER.md's schema). */
export interface FakePhone {
  country_code: number;
  phone: string;
  primary: boolean;
  verified: boolean;
  active: boolean;
}

/** A user as the fake service stores it (the password is kept in clear: it is a fake). */
export interface FakeUserRecord {
  _id: string;
  user_id: string;
  application_id: string;
  first_name: string;
  last_name: string;
  gender: string;
  dob: string | undefined;
  profile_pic_url: string;
  username: string;
  account_type: string;
  active: boolean;
  has_old_password_hash: boolean;
  emails: FakeEmail[];
  phone_numbers: FakePhone[];
  password: string | undefined;
  created_at: string;
  updated_at: string;
}

/** A user to create when the service starts (see {@link fakeSeedUsers}). */
export interface FakeSeedUser {
  first_name: string;
  last_name?: string;
  gender?: string;
  dob?: string;
  profile_pic_url?: string;
  /** Email addresses; `primary`, `verified` and `active` default to `true` for the first, `false`/`true`/`true` for others. */
  emails?: { email: string; primary?: boolean; verified?: boolean; active?: boolean }[];
  /** Phone numbers; same defaults as `emails`. */
  phone_numbers?: { country_code: number; phone: string; primary?: boolean; verified?: boolean; active?: boolean }[];
  /** Password, or none (the user signs in by OTP or social login only). */
  password?: string;
  has_old_password_hash?: boolean;
  /** Creation date (ISO); default: the service clock at start. */
  created_at?: string;
  /**
   * `false` for a disabled (deleted) account: every sign-in answers 403 `This account has been disabled` with
   * `meta.is_deleted: true`. Default `true`.
   */
  active?: boolean;
}

/** A signed-in session. `id` is what `getListOfActiveSessions` lists; `token` is the cookie value. */
export interface FakeSession {
  id: string;
  token: string;
  userId: string;
  createdAt: number;
  /** When it ends on the service clock (`Infinity` when the preset sets no `session_config`). */
  expiresAt: number;
}

/** A mobile number an OTP or a link goes to. */
export interface FakeSmsTarget {
  channel: 'sms';
  countryCode: number;
  phone: string;
}

/** An email address an OTP or a link goes to (lower-cased). */
export interface FakeEmailTarget {
  channel: 'email';
  email: string;
}

/** What an OTP was sent to. */
export type FakeOtpTarget = FakeSmsTarget | FakeEmailTarget;

/** A code sent by OTP, with its state. */
export interface FakeOtpRequest {
  /** The `request_id`: it stays the same when the code is resent (`action: 'resend'`). */
  id: string;
  target: FakeOtpTarget;
  /** `sms:919876543210` or `email:ana@example.com`. */
  key: string;
  /** What the code is for, as written in the inbox. */
  kind: FakeInboxKind;
  code: string;
  sentAt: number;
  expiresAt: number;
  resendAt: number;
  wrongAttempts: number;
  /** Every resend token issued for this request (a resend may bring any of them), the last one last. */
  resendTokens: string[];
  /** `true` when a newer request was sent to the same target. */
  dead: boolean;
  /** `true` once verified (a code works once). */
  used: boolean;
  /** The `register_token` of the registration this code verifies a contact of, if any. */
  ticket?: string | undefined;
}

/** The profile a registration collects before the account is created. */
export interface FakeTicketProfile {
  first_name?: string | undefined;
  last_name?: string | undefined;
  gender?: string | undefined;
  dob?: string | undefined;
  profile_pic_url?: string | undefined;
  password?: string | undefined;
}

/**
 * What a `register_token` stands for: a registration under way. It holds the contacts already proven (by an OTP
 * or a social provider), those waiting for their OTP, and the profile; the account is created (and signed in)
 * once the form was sent (`submitted`) and nothing is pending.
 */
export interface FakeRegisterTicket {
  token: string;
  createdAt: number;
  proven: { sms?: FakeSmsTarget | undefined; email?: FakeEmailTarget | undefined };
  pending: {
    sms?: { target: FakeSmsTarget; requestId: string } | undefined;
    email?: { target: FakeEmailTarget; requestId: string } | undefined;
  };
  /** An email added unverified, with a verification link, when the account is created (`emailVerification: 'link'`). */
  linkEmail?: FakeEmailTarget | undefined;
  profile: FakeTicketProfile;
  /** Whether the registration form (`registerWithForm` or `updateProfile`) was sent. */
  submitted: boolean;
}

/** Kinds of link codes (reset password, verify an email or mobile, log in by token). */
export type FakeLinkKind = 'reset-password' | 'verify-email' | 'verify-mobile' | 'login-link';

/** A code sent in a link. */
export interface FakeLinkCode {
  code: string;
  kind: FakeLinkKind;
  userId: string;
  target: FakeOtpTarget;
  expiresAt: number;
  used: boolean;
}

/** Kinds of messages in the inbox. */
export type FakeInboxKind = 'login-otp' | 'verify-otp' | FakeLinkKind;

/** A message the fake service "sent" (an SMS or an email). */
export interface FakeInboxMessage {
  /** Order number, from 1. */
  id: number;
  /** `+91 9876543210` for SMS, the lower-cased address for email. */
  to: string;
  channel: 'sms' | 'email';
  kind: FakeInboxKind;
  /** The code to type or pass back (OTP, reset code, verification code, login token). */
  code: string;
  /** The link a real message would hold, for link kinds. */
  link?: string;
  /** The `request_id` the OTP belongs to, for OTP kinds. */
  requestId?: string;
  /** The text a real message would read. */
  text: string;
  /** When it was sent (ISO, from the service clock). */
  at: string;
}

/** The parsed body of a method, from its schema in the methods table (`undefined` for methods without a body). */
export type BodyOf<N extends UserMethodName> = UserMethods[N]['body'] extends z.ZodMiniType
  ? z.output<UserMethods[N]['body']>
  : undefined;

/** What a rule receives: the parsed body, the wire query and the signed-in session and user, if any. */
export interface FakeCall<N extends UserMethodName> {
  name: N;
  body: BodyOf<N>;
  query: Record<string, string>;
  session: FakeSession | undefined;
  user: FakeUserRecord | undefined;
}

/** What a rule answers. `login` signs the user in (a session cookie); `logout` ends the current session. */
export interface FakeRuleResult {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
  login?: FakeUserRecord;
  logout?: boolean;
}
