import * as z from 'zod/mini';
import * as s from '../schemas/index';

/** HTTP verbs the User API uses. */
export type HttpVerb = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One row of the methods table: everything the client, hooks, fake service and tests need to know. */
export interface MethodSpec<
  Query extends Record<string, z.ZodMiniType> = Record<string, z.ZodMiniType>,
  Body extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Response extends z.ZodMiniType = z.ZodMiniType,
> {
  /** Method name, as in the official SDK (`loginWithOTP`). */
  name: string;
  /** HTTP verb. */
  http: HttpVerb;
  /** Path relative to the application's API domain. */
  path: string;
  /** Query arguments by SDK argument name, with their schemas. */
  query: Query;
  /** SDK argument name → wire name, where they differ (`countryCode` → `country_code`). */
  wire: Partial<Record<keyof Query & string, string>>;
  /** Schema of `body`, or `undefined` for methods without one. */
  body: Body;
  /** Schema of a 2xx answer. */
  response: Response;
  /** Whether the method needs a signed-in session (answers 401 without one). */
  session: boolean;
  /** Schema of the whole argument object (`{ body, platform, … }`), strict. */
  args: z.ZodMiniObject<Query & (Body extends z.ZodMiniType ? { body: Body } : Record<never, never>), z.core.$strict>;
}

function define<
  const Query extends Record<string, z.ZodMiniType> = Record<never, never>,
  Body extends z.ZodMiniType | undefined = undefined,
  Response extends z.ZodMiniType = z.ZodMiniType,
>(
  http: HttpVerb,
  path: string,
  spec: { query?: Query; wire?: Partial<Record<keyof Query & string, string>>; body?: Body; response: Response; session: boolean },
): MethodSpec<Query, Body, Response> {
  const query = (spec.query ?? {}) as Query;
  const shape = spec.body ? { ...query, body: spec.body } : { ...query };
  return {
    // Filled in from the table's key by `named`, so that each name is written once.
    name: '',
    http,
    path,
    query,
    wire: spec.wire ?? {},
    body: spec.body as Body,
    response: spec.response,
    session: spec.session,
    args: z.strictObject(shape) as unknown as MethodSpec<Query, Body, Response>['args'],
  };
}

/** Sets each row's `name` to its key in the table. */
function named<T extends Record<string, { name: string }>>(table: T): T {
  for (const name of Object.keys(table)) (table[name] as { name: string }).name = name;
  return table;
}

const AUTH = '/service/application/user/authentication/v1.0';
const PROFILE = '/service/application/user/profile/v1.0';
const PLATFORM = '/service/application/user/platform/v1.0';

/** The optional `platform` query argument ("ID of the application") most methods take. */
const platform = { platform: z.optional(z.string()) };

/**
 * The 33 methods of the User application API: verb, path, query arguments (with wire names), body and response
 * schemas, and whether a session is needed. The client's methods, the hooks, the fake service's routes and the
 * table-driven tests are all made from this one table.
 */
export const userMethods = /* @__PURE__ */ named({
  loginWithFacebook: define('POST', `${AUTH}/login/facebook-token`, {
    query: platform, body: s.OAuthRequestSchema, response: s.AuthSuccess, session: false,
  }),
  loginWithGoogle: define('POST', `${AUTH}/login/google-token`, {
    query: platform, body: s.OAuthRequestSchema, response: s.AuthSuccess, session: false,
  }),
  loginWithGoogleAndroid: define('POST', `${AUTH}/login/google-android`, {
    query: platform, body: s.OAuthRequestSchema, response: s.AuthSuccess, session: false,
  }),
  loginWithGoogleIOS: define('POST', `${AUTH}/login/google-ios`, {
    query: platform, body: s.OAuthRequestSchema, response: s.AuthSuccess, session: false,
  }),
  loginWithAppleIOS: define('POST', `${AUTH}/login/apple-ios`, {
    query: platform, body: s.OAuthRequestAppleSchema, response: s.AuthSuccess, session: false,
  }),
  loginWithOTP: define('POST', `${AUTH}/login/otp`, {
    query: platform, body: s.SendOtpRequestSchema, response: s.SendOtpResponse, session: false,
  }),
  loginWithEmailAndPassword: define('POST', `${AUTH}/login/password`, {
    body: s.PasswordLoginRequestSchema, response: s.LoginSuccess, session: false,
  }),
  sendResetPasswordEmail: define('POST', `${AUTH}/login/password/reset`, {
    query: platform, body: s.SendResetPasswordEmailRequestSchema, response: s.ResetPasswordSuccess, session: false,
  }),
  forgotPassword: define('POST', `${AUTH}/login/password/reset/forgot`, {
    body: s.ForgotPasswordRequestSchema, response: s.LoginSuccess, session: false,
  }),
  sendResetToken: define('POST', `${AUTH}/login/password/reset/token`, {
    body: s.CodeRequestBodySchema, response: s.ResetPasswordSuccess, session: false,
  }),
  loginWithToken: define('POST', `${AUTH}/login/token`, {
    body: s.TokenRequestBodySchema, response: s.LoginSuccess, session: false,
  }),
  registerWithForm: define('POST', `${AUTH}/register/form`, {
    query: platform, body: s.FormRegisterRequestSchema, response: s.RegisterFormSuccess, session: false,
  }),
  verifyEmail: define('POST', `${AUTH}/verify/email`, {
    body: s.CodeRequestBodySchema, response: s.VerifyEmailSuccess, session: false,
  }),
  verifyMobile: define('POST', `${AUTH}/verify/mobile`, {
    body: s.CodeRequestBodySchema, response: s.VerifyEmailSuccess, session: false,
  }),
  hasPassword: define('GET', `${AUTH}/has-password`, {
    response: s.HasPasswordSuccess, session: true,
  }),
  updatePassword: define('POST', `${AUTH}/password`, {
    body: s.UpdatePasswordRequestSchema, response: s.VerifyEmailSuccess, session: true,
  }),
  logout: define('GET', `${AUTH}/logout`, {
    response: s.LogoutSuccess, session: true,
  }),
  sendOTPOnMobile: define('POST', `${AUTH}/otp/mobile/send`, {
    query: platform, body: s.SendMobileOtpRequestSchema, response: s.OtpSuccess, session: false,
  }),
  verifyMobileOTP: define('POST', `${AUTH}/otp/mobile/verify`, {
    query: platform, body: s.VerifyOtpRequestSchema, response: s.VerifyOtpSuccess, session: false,
  }),
  sendOTPOnEmail: define('POST', `${AUTH}/otp/email/send`, {
    query: platform, body: s.SendEmailOtpRequestSchema, response: s.EmailOtpSuccess, session: false,
  }),
  verifyEmailOTP: define('POST', `${AUTH}/otp/email/verify`, {
    query: platform, body: s.VerifyEmailOtpRequestSchema, response: s.VerifyOtpSuccess, session: false,
  }),
  getLoggedInUser: define('GET', `${AUTH}/session`, {
    response: s.UserObjectSchema, session: true,
  }),
  getListOfActiveSessions: define('GET', `${AUTH}/sessions`, {
    response: s.SessionListSuccess, session: true,
  }),
  getPlatformConfig: define('GET', `${PLATFORM}/config`, {
    query: { name: z.optional(z.string()) }, response: s.PlatformSchema, session: false,
  }),
  updateProfile: define('POST', `${PROFILE}/detail`, {
    query: platform, body: s.EditProfileRequestSchema, response: s.ProfileEditSuccess, session: true,
  }),
  addMobileNumber: define('PUT', `${PROFILE}/mobile`, {
    query: platform, body: s.EditMobileRequestSchema, response: s.VerifyMobileOTPSuccess, session: true,
  }),
  deleteMobileNumber: define('DELETE', `${PROFILE}/mobile`, {
    query: {
      ...platform,
      active: z.boolean(),
      primary: z.boolean(),
      verified: z.boolean(),
      countryCode: z.string(),
      phone: z.string(),
    },
    wire: { countryCode: 'country_code' },
    response: s.LoginSuccess,
    session: true,
  }),
  setMobileNumberAsPrimary: define('POST', `${PROFILE}/mobile/primary`, {
    body: s.SendVerificationLinkMobileRequestSchema, response: s.LoginSuccess, session: true,
  }),
  sendVerificationLinkToMobile: define('POST', `${PROFILE}/mobile/link/send`, {
    query: platform, body: s.SendVerificationLinkMobileRequestSchema, response: s.SendMobileVerifyLinkSuccess, session: true,
  }),
  addEmail: define('PUT', `${PROFILE}/email`, {
    query: platform, body: s.EditEmailRequestSchema, response: s.VerifyEmailOTPSuccess, session: true,
  }),
  deleteEmail: define('DELETE', `${PROFILE}/email`, {
    query: { ...platform, active: z.boolean(), primary: z.boolean(), verified: z.boolean(), email: z.string() },
    response: s.LoginSuccess,
    session: true,
  }),
  setEmailAsPrimary: define('POST', `${PROFILE}/email/primary`, {
    body: s.EditEmailRequestSchema, response: s.LoginSuccess, session: true,
  }),
  sendVerificationLinkToEmail: define('POST', `${PROFILE}/email/link/send`, {
    query: platform, body: s.EditEmailRequestSchema, response: s.SendEmailVerifyLinkSuccess, session: true,
  }),
});

/**
 * What each method's answer must hold for the call to be of any use, as dotted paths into the response. Every
 * other field is read leniently (a field of the wrong type is coerced or dropped, with a development warning);
 * an answer without one of these fails the call with `FdkResponseValidationError`. Chosen per method:
 * - `loginWithOTP`: `request_id`, which `verifyMobileOTP` needs: without it the code can never be checked;
 * - `loginWithEmailAndPassword`: `user`, the one thing a password sign-in answers;
 * - `getLoggedInUser`: `user` (signed out is a 401, not a 200 without a user).
 *
 * The others need nothing: their fields are optional in USER.md and the kit has a meaning for each one's absence
 * (a resend of `sendOTPOnMobile` keeps the previous `request_id`; a verification answers a `user` or a
 * `register_token`; a platform config falls back to its defaults field by field).
 */
export const responseNeeds: { readonly [N in UserMethodName]?: readonly string[] } = {
  loginWithOTP: ['request_id'],
  loginWithEmailAndPassword: ['user'],
  getLoggedInUser: ['user'],
};

/** The methods table's type. */
export type UserMethods = typeof userMethods;
/** Name of one of the 33 methods. */
export type UserMethodName = keyof UserMethods;
/** The argument object of a method (`{ body, platform }` …), as the official SDK takes it. */
export type MethodArgs<N extends UserMethodName> = z.input<UserMethods[N]['args']>;
/** What a method resolves to: its response schema's output. */
export type MethodResult<N extends UserMethodName> = z.output<UserMethods[N]['response']>;
/** All method names, in the order of USER.md. */
export const userMethodNames = Object.keys(userMethods) as UserMethodName[];

/** Builds the query (wire names, `undefined` dropped, booleans as `true`/`false`) of a call. */
export function wireQuery(spec: MethodSpec, args: Record<string, unknown>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of Object.keys(spec.query)) {
    const value = args[name];
    if (value === undefined || value === null) continue;
    query[(spec.wire as Record<string, string | undefined>)[name] ?? name] = String(value);
  }
  return query;
}
