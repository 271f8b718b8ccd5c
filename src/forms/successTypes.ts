import type { UserSchema } from '../schemas/common';

/** What a sign-in flow hands the app when the shopper is signed in. */
export interface SignedInResult {
  /** The signed-in user. */
  user: UserSchema;
  /** Where to go now: the `redirectTo` option, checked by `safeRedirect` (a same-origin path or the fallback). */
  redirect: string;
}

/** Where an OTP was sent, and what the next step needs to verify it. */
export type OtpTarget =
  | { channel: 'mobile'; mobile: string; countryCode: string; requestId: string; resendTimer: number | undefined; registerToken?: string | undefined }
  | { channel: 'email'; email: string; resendTimer: number | undefined; registerToken?: string | undefined };

/** Options shared by the sign-in forms. */
export interface SignInFormOptions {
  /** The `platform` query argument sent with the calls that take one ("ID of the application"). */
  platform?: string;
  /** Where to go after signing in; checked with `safeRedirect` (same-origin paths only). */
  redirectTo?: string;
  /** Where to go when `redirectTo` is missing or refused. Default `/`. */
  defaultRedirect?: string;
}
