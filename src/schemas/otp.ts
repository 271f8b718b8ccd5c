import * as z from 'zod/mini';
import { UserSchema } from './common';
import { str, bool, num, stringish } from './lenient';

/** `SendOtpRequestSchema` in USER.md: body of `loginWithOTP`. */
export const SendOtpRequestSchema = /* @__PURE__ */ z.strictObject({
  country_code: str,
  captcha_code: str,
  mobile: str,
});
export type SendOtpRequestSchema = z.output<typeof SendOtpRequestSchema>;

/** `SendOtpResponse` in USER.md (the example's `resendToken` is accepted as `resend_token`). */
export const SendOtpResponse = /* @__PURE__ */ z.looseObject({
  resend_timer: num,
  resend_token: str,
  success: bool,
  request_id: str,
  message: str,
  mobile: str,
  country_code: stringish,
  email: str,
  resend_email_token: str,
  register_token: str,
  verify_email_otp: bool,
  verify_mobile_otp: bool,
  user_exists: bool,
});
export type SendOtpResponse = z.output<typeof SendOtpResponse>;

/** `SendMobileOtpRequestSchema` in USER.md: body of `sendOTPOnMobile`. */
export const SendMobileOtpRequestSchema = /* @__PURE__ */ z.strictObject({
  mobile: str,
  country_code: str,
  action: str,
  token: str,
  android_hash: str,
  force: str,
  captcha_code: str,
});
export type SendMobileOtpRequestSchema = z.output<typeof SendMobileOtpRequestSchema>;

/** `OtpSuccess` in USER.md: the answer of `sendOTPOnMobile`. */
export const OtpSuccess = /* @__PURE__ */ z.looseObject({
  resend_timer: num,
  resend_token: str,
  register_token: str,
  success: bool,
  request_id: str,
  message: str,
  mobile: str,
  country_code: stringish,
});
export type OtpSuccess = z.output<typeof OtpSuccess>;

/** `VerifyOtpRequestSchema` in USER.md: body of `verifyMobileOTP`. */
export const VerifyOtpRequestSchema = /* @__PURE__ */ z.strictObject({
  request_id: str,
  register_token: str,
  otp: str,
});
export type VerifyOtpRequestSchema = z.output<typeof VerifyOtpRequestSchema>;

/** `VerifyOtpSuccess` in USER.md: the answer of `verifyMobileOTP` and `verifyEmailOTP`. */
export const VerifyOtpSuccess = /* @__PURE__ */ z.looseObject({
  user: z.optional(UserSchema),
  user_exists: bool,
  register_token: str,
});
export type VerifyOtpSuccess = z.output<typeof VerifyOtpSuccess>;

/** `SendEmailOtpRequestSchema` in USER.md: body of `sendOTPOnEmail`. */
export const SendEmailOtpRequestSchema = /* @__PURE__ */ z.strictObject({
  email: str,
  action: str,
  token: str,
  register_token: str,
});
export type SendEmailOtpRequestSchema = z.output<typeof SendEmailOtpRequestSchema>;

/** `EmailOtpSuccess` in USER.md. */
export const EmailOtpSuccess = /* @__PURE__ */ z.looseObject({ success: bool });
export type EmailOtpSuccess = z.output<typeof EmailOtpSuccess>;

/** `VerifyEmailOtpRequestSchema` in USER.md: body of `verifyEmailOTP`. */
export const VerifyEmailOtpRequestSchema = /* @__PURE__ */ z.strictObject({
  email: str,
  action: str,
  register_token: str,
  otp: str,
});
export type VerifyEmailOtpRequestSchema = z.output<typeof VerifyEmailOtpRequestSchema>;
