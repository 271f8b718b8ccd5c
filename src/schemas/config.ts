import * as z from 'zod/mini';
import { str, bool, numberish } from './lenient';

/** `LookAndFeel` in USER.md. */
export const LookAndFeel = /* @__PURE__ */ z.looseObject({
  card_position: str,
  background_color: str,
});
export type LookAndFeel = z.output<typeof LookAndFeel>;

/** `Login` in USER.md: which login methods the application offers. */
export const Login = /* @__PURE__ */ z.looseObject({
  password: bool,
  otp: bool,
});
export type Login = z.output<typeof Login>;

/** `MetaSchema` in USER.md. */
export const MetaSchema = /* @__PURE__ */ z.looseObject({ fynd_default: bool });
export type MetaSchema = z.output<typeof MetaSchema>;

/** `Social` in USER.md: which social buttons the application shows. */
export const Social = /* @__PURE__ */ z.looseObject({
  account_kit: bool,
  facebook: bool,
  google: bool,
  apple: bool,
});
export type Social = z.output<typeof Social>;

/** `PlatformEmail` in USER.md: whether email is required, and how (`hard` must be given, `soft` may be skipped). */
export const PlatformEmail = /* @__PURE__ */ z.looseObject({
  is_required: bool,
  level: str,
});
export type PlatformEmail = z.output<typeof PlatformEmail>;

/** `PlatformMobile` in USER.md. */
export const PlatformMobile = /* @__PURE__ */ z.looseObject({
  is_required: bool,
  level: str,
});
export type PlatformMobile = z.output<typeof PlatformMobile>;

/** `RequiredFields` in USER.md. */
export const RequiredFields = /* @__PURE__ */ z.looseObject({
  email: z.optional(PlatformEmail),
  mobile: z.optional(PlatformMobile),
});
export type RequiredFields = z.output<typeof RequiredFields>;

/** `RegisterRequiredFieldsEmail` in USER.md. */
export const RegisterRequiredFieldsEmail = /* @__PURE__ */ z.looseObject({
  is_required: bool,
  level: str,
});
export type RegisterRequiredFieldsEmail = z.output<typeof RegisterRequiredFieldsEmail>;

/** `RegisterRequiredFieldsMobile` in USER.md. */
export const RegisterRequiredFieldsMobile = /* @__PURE__ */ z.looseObject({
  is_required: bool,
  level: str,
});
export type RegisterRequiredFieldsMobile = z.output<typeof RegisterRequiredFieldsMobile>;

/** `RegisterRequiredFields` in USER.md. */
export const RegisterRequiredFields = /* @__PURE__ */ z.looseObject({
  email: z.optional(RegisterRequiredFieldsEmail),
  mobile: z.optional(RegisterRequiredFieldsMobile),
});
export type RegisterRequiredFields = z.output<typeof RegisterRequiredFields>;

/** `FlashCard` in USER.md: a banner on the login screen. */
export const FlashCard = /* @__PURE__ */ z.looseObject({
  text: str,
  text_color: str,
  background_color: str,
});
export type FlashCard = z.output<typeof FlashCard>;

const appIdEntry = () => z.looseObject({ app_id: str });

/** `Facebook` in USER.md: the Facebook app id (`appId` in the document's example is accepted as `app_id`). */
export const Facebook = /* @__PURE__ */ appIdEntry();
export type Facebook = z.output<typeof Facebook>;

/** `Accountkit` in USER.md. */
export const Accountkit = /* @__PURE__ */ appIdEntry();
export type Accountkit = z.output<typeof Accountkit>;

/** `Google` in USER.md: the Google client id. */
export const Google = /* @__PURE__ */ appIdEntry();
export type Google = z.output<typeof Google>;

/** `AppleSocialAccount` of the real PlatformConfig (fdk-store-gql): the Apple client id and its redirect URI. */
export const AppleSocialAccount = /* @__PURE__ */ z.looseObject({ app_id: str, redirect_uri: str });
export type AppleSocialAccount = z.output<typeof AppleSocialAccount>;

/** `SocialTokens` in USER.md: provider app ids (an `apple` entry, with its `redirect_uri`, is accepted too). */
export const SocialTokens = /* @__PURE__ */ z.looseObject({
  facebook: z.optional(Facebook),
  account_kit: z.optional(Accountkit),
  google: z.optional(Google),
  apple: z.optional(AppleSocialAccount),
});
export type SocialTokens = z.output<typeof SocialTokens>;

/**
 * `SessionExpiry` of the real PlatformConfig (fdk-store-gql, flows.md F16): how long a session lasts
 * (`duration` in `type` units: `'Days'`, `'Hours'` or `'Minutes'`) and whether each request extends it.
 */
export const SessionExpiry = /* @__PURE__ */ z.looseObject({ duration: numberish, is_rolling: bool, type: str });
export type SessionExpiry = z.output<typeof SessionExpiry>;

/** `DeleteAccountReasons` of the real PlatformConfig: a reason offered when a shopper deletes the account. */
export const DeleteAccountReasons = /* @__PURE__ */ z.looseObject({ reason_id: str, reason_text: str, show_text_area: bool });
export type DeleteAccountReasons = z.output<typeof DeleteAccountReasons>;

/** `DeleteAccountConsent` of the real PlatformConfig: the consent text shown when a shopper deletes the account. */
export const DeleteAccountConsent = /* @__PURE__ */ z.looseObject({ consent_text: str });
export type DeleteAccountConsent = z.output<typeof DeleteAccountConsent>;

/**
 * `PlatformSchema` in USER.md: what the login and registration screens of an application show. The fields of
 * the real PlatformConfig that USER.md leaves out (flows.md F16) are read too, all optional: `session_config`,
 * `delete_account_reasons`, `delete_account_day`, `delete_account_consent`.
 */
export const PlatformSchema = /* @__PURE__ */ z.looseObject({
  display: str,
  look_and_feel: z.optional(LookAndFeel),
  updated_at: str,
  active: bool,
  forgot_password: bool,
  login: z.optional(Login),
  skip_captcha: bool,
  name: str,
  meta: z.optional(MetaSchema),
  _id: str,
  social: z.optional(Social),
  required_fields: z.optional(RequiredFields),
  register_required_fields: z.optional(RegisterRequiredFields),
  skip_login: bool,
  flash_card: z.optional(FlashCard),
  subtext: str,
  social_tokens: z.optional(SocialTokens),
  created_at: str,
  register: bool,
  mobile_image: str,
  desktop_image: str,
  session_config: z.optional(SessionExpiry),
  delete_account_reasons: z.optional(z.array(DeleteAccountReasons)),
  delete_account_day: numberish,
  delete_account_consent: z.optional(DeleteAccountConsent),
});
export type PlatformSchema = z.output<typeof PlatformSchema>;
