import * as z from 'zod/mini';
import { UserSchema } from './common';
import { str, bool, num, stringish } from './lenient';

/** `OAuthRequestSchemaOauth2` in USER.md: the provider's OAuth 2 token. */
export const OAuthRequestSchemaOauth2 = /* @__PURE__ */ z.strictObject({
  access_token: str,
  expiry: num,
  refresh_token: str,
});
export type OAuthRequestSchemaOauth2 = z.output<typeof OAuthRequestSchemaOauth2>;

/** `OAuthRequestSchemaProfile` in USER.md: the provider's profile of the user. */
export const OAuthRequestSchemaProfile = /* @__PURE__ */ z.strictObject({
  last_name: str,
  image: str,
  id: str,
  email: str,
  full_name: str,
  first_name: str,
});
export type OAuthRequestSchemaProfile = z.output<typeof OAuthRequestSchemaProfile>;

/** `OAuthRequestSchema` in USER.md: body of the Facebook and Google logins. */
export const OAuthRequestSchema = /* @__PURE__ */ z.strictObject({
  is_signed_in: bool,
  oauth2: z.optional(OAuthRequestSchemaOauth2),
  profile: z.optional(OAuthRequestSchemaProfile),
});
export type OAuthRequestSchema = z.output<typeof OAuthRequestSchema>;

/** `OAuthRequestAppleSchemaOauth` in USER.md. */
export const OAuthRequestAppleSchemaOauth = /* @__PURE__ */ z.strictObject({
  identity_token: str,
});
export type OAuthRequestAppleSchemaOauth = z.output<typeof OAuthRequestAppleSchemaOauth>;

/** `OAuthRequestAppleSchemaProfile` in USER.md. */
export const OAuthRequestAppleSchemaProfile = /* @__PURE__ */ z.strictObject({
  last_name: str,
  full_name: str,
  first_name: str,
});
export type OAuthRequestAppleSchemaProfile = z.output<typeof OAuthRequestAppleSchemaProfile>;

/** `OAuthRequestAppleSchema` in USER.md: body of `loginWithAppleIOS`. */
export const OAuthRequestAppleSchema = /* @__PURE__ */ z.strictObject({
  user_identifier: str,
  oauth: z.optional(OAuthRequestAppleSchemaOauth),
  profile: z.optional(OAuthRequestAppleSchemaProfile),
});
export type OAuthRequestAppleSchema = z.output<typeof OAuthRequestAppleSchema>;

/** `AuthSuccessUserDebug` in USER.md. */
export const AuthSuccessUserDebug = /* @__PURE__ */ z.looseObject({ platform: str });
export type AuthSuccessUserDebug = z.output<typeof AuthSuccessUserDebug>;

/** `AuthSuccessUserEmails` in USER.md. */
export const AuthSuccessUserEmails = /* @__PURE__ */ z.looseObject({
  email: str,
  verified: bool,
  primary: bool,
  active: bool,
});
export type AuthSuccessUserEmails = z.output<typeof AuthSuccessUserEmails>;

/** `AuthSuccessUser` in USER.md. */
export const AuthSuccessUser = /* @__PURE__ */ z.looseObject({
  first_name: str,
  last_name: str,
  debug: z.optional(AuthSuccessUserDebug),
  active: bool,
  emails: z.optional(AuthSuccessUserEmails),
});
export type AuthSuccessUser = z.output<typeof AuthSuccessUser>;

/** `AuthSuccess` in USER.md: the answer of the social logins. */
export const AuthSuccess = /* @__PURE__ */ z.looseObject({
  register_token: str,
  user_exists: bool,
  user: z.optional(UserSchema),
});
export type AuthSuccess = z.output<typeof AuthSuccess>;

/** `PasswordLoginRequestSchema` in USER.md: body of `loginWithEmailAndPassword` (`username` is an email or mobile). */
export const PasswordLoginRequestSchema = /* @__PURE__ */ z.strictObject({
  captcha_code: str,
  password: str,
  username: str,
});
export type PasswordLoginRequestSchema = z.output<typeof PasswordLoginRequestSchema>;

/** `LoginSuccess` in USER.md: the answer of most calls that change who is signed in or what they hold. */
export const LoginSuccess = /* @__PURE__ */ z.looseObject({
  user: z.optional(UserSchema),
  request_id: str,
  register_token: str,
});
export type LoginSuccess = z.output<typeof LoginSuccess>;

/** `SendResetPasswordEmailRequestSchema` in USER.md. */
export const SendResetPasswordEmailRequestSchema = /* @__PURE__ */ z.strictObject({
  email: str,
  captcha_code: str,
});
export type SendResetPasswordEmailRequestSchema = z.output<typeof SendResetPasswordEmailRequestSchema>;

/** `ResetPasswordSuccess` in USER.md. */
export const ResetPasswordSuccess = /* @__PURE__ */ z.looseObject({ status: str });
export type ResetPasswordSuccess = z.output<typeof ResetPasswordSuccess>;

/** `ForgotPasswordRequestSchema` in USER.md: the reset code and the new password. */
export const ForgotPasswordRequestSchema = /* @__PURE__ */ z.strictObject({
  code: str,
  password: str,
});
export type ForgotPasswordRequestSchema = z.output<typeof ForgotPasswordRequestSchema>;

/** `CodeRequestBodySchema` in USER.md: a code from a link (reset, email or mobile verification). */
export const CodeRequestBodySchema = /* @__PURE__ */ z.strictObject({ code: str });
export type CodeRequestBodySchema = z.output<typeof CodeRequestBodySchema>;

/** `TokenRequestBodySchema` in USER.md. */
export const TokenRequestBodySchema = /* @__PURE__ */ z.strictObject({ token: str });
export type TokenRequestBodySchema = z.output<typeof TokenRequestBodySchema>;

/** `FormRegisterRequestSchemaPhone` in USER.md. */
export const FormRegisterRequestSchemaPhone = /* @__PURE__ */ z.strictObject({
  country_code: str,
  mobile: str,
});
export type FormRegisterRequestSchemaPhone = z.output<typeof FormRegisterRequestSchemaPhone>;

/** `FormRegisterRequestSchema` in USER.md: body of `registerWithForm`. */
export const FormRegisterRequestSchema = /* @__PURE__ */ z.strictObject({
  first_name: str,
  last_name: str,
  gender: str,
  email: str,
  password: str,
  phone: z.optional(FormRegisterRequestSchemaPhone),
  register_token: str,
});
export type FormRegisterRequestSchema = z.output<typeof FormRegisterRequestSchema>;

/** `RegisterFormSuccess` in USER.md (the example's `userExists` is accepted as `user_exists`). */
export const RegisterFormSuccess = /* @__PURE__ */ z.looseObject({
  email: str,
  resend_timer: num,
  resend_token: str,
  resend_email_token: str,
  register_token: str,
  success: bool,
  request_id: str,
  message: str,
  mobile: str,
  country_code: stringish,
  verify_email_otp: bool,
  verify_mobile_otp: bool,
  user_exists: bool,
});
export type RegisterFormSuccess = z.output<typeof RegisterFormSuccess>;

/** `VerifyEmailSuccess` in USER.md: a bare `message`. */
export const VerifyEmailSuccess = /* @__PURE__ */ z.looseObject({ message: str });
export type VerifyEmailSuccess = z.output<typeof VerifyEmailSuccess>;

/** `HasPasswordSuccess` in USER.md. */
export const HasPasswordSuccess = /* @__PURE__ */ z.looseObject({ result: bool });
export type HasPasswordSuccess = z.output<typeof HasPasswordSuccess>;

/** `UpdatePasswordRequestSchema` in USER.md. */
export const UpdatePasswordRequestSchema = /* @__PURE__ */ z.strictObject({
  old_password: str,
  new_password: str,
});
export type UpdatePasswordRequestSchema = z.output<typeof UpdatePasswordRequestSchema>;

/** `LogoutSuccess` in USER.md. */
export const LogoutSuccess = /* @__PURE__ */ z.looseObject({ logout: bool });
export type LogoutSuccess = z.output<typeof LogoutSuccess>;

/** `SessionListSuccess` in USER.md: the user's active sessions. */
export const SessionListSuccess = /* @__PURE__ */ z.looseObject({ sessions: z.optional(z.array(z.string())) });
export type SessionListSuccess = z.output<typeof SessionListSuccess>;
