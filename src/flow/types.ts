import type { UserSchema } from '../schemas/common';

/** What a sign-in flow hands the app when the shopper is signed in. */
export interface SignedInResult {
  /** The signed-in user. */
  user: UserSchema;
  /** Where to go now: the page's `redirectTo`, checked by `safeRedirect` (a same-origin path), or the provider's fallback. */
  redirect: string;
}

/** Where an OTP was sent, and what the next step needs to verify it (and to ask for another). */
export type OtpTarget =
  | {
      channel: 'mobile';
      mobile: string;
      countryCode: string;
      requestId: string;
      /** Seconds before a resend is allowed (the answer's `resend_timer`). */
      resendTimer?: number | undefined;
      /** The token a resend must carry (the answer's `resend_token`). */
      resendToken?: string | undefined;
      /** Set when the code verifies a registration (`register_token`). */
      registerToken?: string | undefined;
    }
  | {
      channel: 'email';
      email: string;
      resendTimer?: number | undefined;
      /** The token a resend must carry (the answer's `resend_email_token`). */
      resendToken?: string | undefined;
      registerToken?: string | undefined;
    };

/** What a new shopper already proved before completing the profile (the OTP's number, the social profile's email …). */
export interface KnownContact {
  mobile?: string | undefined;
  countryCode?: string | undefined;
  email?: string | undefined;
  first_name?: string | undefined;
  last_name?: string | undefined;
}

/**
 * What the server asked to verify before the account and the session start ("verify both"): the mobile number's
 * code and/or the email's code, each with its own resend token, under one `register_token`.
 */
export interface Verification {
  registerToken: string;
  mobile?: Extract<OtpTarget, { channel: 'mobile' }> | undefined;
  email?: Extract<OtpTarget, { channel: 'email' }> | undefined;
}

/** What happened in a step, and so where the sign-in goes next (the events of `authFlow`). */
export type AuthFlowEvent =
  | { type: 'otpSent'; target: OtpTarget }
  | { type: 'signedIn'; user: UserSchema }
  | { type: 'profileRequired'; registerToken: string; known: KnownContact }
  | { type: 'verificationRequired'; verification: Verification }
  | { type: 'emailLinkSent'; email: string; user?: UserSchema | undefined }
  | { type: 'accountDisabled' }
  | { type: 'open'; step: 'login' | 'register' | 'forgot' }
  | { type: 'back' };

/** Options every sign-in form hook takes. */
export interface SignInFormOptions {
  /** Where to go after signing in (the page's `?redirectUrl=`); checked with `safeRedirect` (same-origin paths only). */
  redirectTo?: string | undefined;
  /** Called with what happened, so that the flow moves on (`useAuthFlow().send`). */
  onNext?: ((event: AuthFlowEvent) => void) | undefined;
  /** Called when the step signed the shopper in, with where to go. */
  onSuccess?: ((result: SignedInResult) => void) | undefined;
}
