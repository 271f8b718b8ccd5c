import * as z from 'zod/mini';
import { UserSchema } from './common';
import { str, bool } from './lenient';

/** `EditProfileMobileSchema` in USER.md. */
export const EditProfileMobileSchema = /* @__PURE__ */ z.strictObject({
  phone: str,
  country_code: str,
});
export type EditProfileMobileSchema = z.output<typeof EditProfileMobileSchema>;

/** `EditProfileRequestSchema` in USER.md: body of `updateProfile`. */
export const EditProfileRequestSchema = /* @__PURE__ */ z.strictObject({
  first_name: str,
  last_name: str,
  mobile: z.optional(EditProfileMobileSchema),
  country_code: str,
  email: str,
  gender: str,
  dob: str,
  profile_pic_url: str,
  android_hash: str,
  sender: str,
  register_token: str,
});
export type EditProfileRequestSchema = z.output<typeof EditProfileRequestSchema>;

/** `ProfileEditSuccess` in USER.md: the answer of `updateProfile`. */
export const ProfileEditSuccess = /* @__PURE__ */ z.looseObject({
  user: z.optional(UserSchema),
  register_token: str,
  user_exists: bool,
  verify_email_link: bool,
  verify_email_otp: bool,
  verify_mobile_otp: bool,
  email: str,
  request_id: str,
});
export type ProfileEditSuccess = z.output<typeof ProfileEditSuccess>;

/** `ProfileEditSuccessSchema` in USER.md (a variant in which `user` is a string id). */
export const ProfileEditSuccessSchema = /* @__PURE__ */ z.looseObject({
  email: str,
  verify_email_otp: bool,
  verify_email_link: bool,
  verify_mobile_otp: bool,
  user: str,
  register_token: str,
  user_exists: bool,
});
export type ProfileEditSuccessSchema = z.output<typeof ProfileEditSuccessSchema>;

/** `EditMobileRequestSchema` in USER.md: body of `addMobileNumber`. */
export const EditMobileRequestSchema = /* @__PURE__ */ z.strictObject({
  country_code: str,
  phone: str,
});
export type EditMobileRequestSchema = z.output<typeof EditMobileRequestSchema>;

/** `VerifyMobileOTPSuccess` in USER.md: the answer of `addMobileNumber`. */
export const VerifyMobileOTPSuccess = /* @__PURE__ */ z.looseObject({
  user: z.optional(UserSchema),
  verify_mobile_link: bool,
});
export type VerifyMobileOTPSuccess = z.output<typeof VerifyMobileOTPSuccess>;

/** `SendVerificationLinkMobileRequestSchema` in USER.md: names one of the user's phone numbers. */
export const SendVerificationLinkMobileRequestSchema = /* @__PURE__ */ z.strictObject({
  verified: bool,
  active: bool,
  country_code: str,
  phone: str,
  primary: bool,
});
export type SendVerificationLinkMobileRequestSchema = z.output<typeof SendVerificationLinkMobileRequestSchema>;

/** `SendMobileVerifyLinkSuccess` in USER.md. */
export const SendMobileVerifyLinkSuccess = /* @__PURE__ */ z.looseObject({ verify_mobile_link: bool });
export type SendMobileVerifyLinkSuccess = z.output<typeof SendMobileVerifyLinkSuccess>;

/** `EditEmailRequestSchema` in USER.md: names one email address. */
export const EditEmailRequestSchema = /* @__PURE__ */ z.strictObject({ email: str });
export type EditEmailRequestSchema = z.output<typeof EditEmailRequestSchema>;

/** `VerifyEmailOTPSuccess` in USER.md: the answer of `addEmail`. */
export const VerifyEmailOTPSuccess = /* @__PURE__ */ z.looseObject({
  user: z.optional(UserSchema),
  verify_email_link: bool,
});
export type VerifyEmailOTPSuccess = z.output<typeof VerifyEmailOTPSuccess>;

/** `SendEmailVerifyLinkSuccess` in USER.md. */
export const SendEmailVerifyLinkSuccess = /* @__PURE__ */ z.looseObject({ verify_email_link: bool });
export type SendEmailVerifyLinkSuccess = z.output<typeof SendEmailVerifyLinkSuccess>;
