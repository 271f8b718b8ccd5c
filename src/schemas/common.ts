import * as z from 'zod/mini';
import { str, bool, num, numberish } from './lenient';

/** `Debug` in USER.md: where a user record came from. */
export const Debug = /* @__PURE__ */ z.looseObject({
  source: str,
  platform: str,
});
export type Debug = z.output<typeof Debug>;

/** `PhoneNumber` in USER.md. `country_code` is normalised to a number (examples send `"91"` or `91`). */
export const PhoneNumber = /* @__PURE__ */ z.looseObject({
  active: bool,
  primary: bool,
  verified: bool,
  phone: str,
  country_code: numberish,
});
export type PhoneNumber = z.output<typeof PhoneNumber>;

/** `Email` in USER.md. */
export const Email = /* @__PURE__ */ z.looseObject({
  primary: bool,
  verified: bool,
  email: str,
  active: bool,
});
export type Email = z.output<typeof Email>;

/** `UserSchema` in USER.md: a storefront user. Unknown fields (such as `roles`) are kept. */
export const UserSchema = /* @__PURE__ */ z.looseObject({
  application_id: str,
  user_id: str,
  first_name: str,
  meta: z.optional(z.unknown()),
  last_name: str,
  phone_numbers: z.optional(z.array(PhoneNumber)),
  emails: z.optional(z.array(Email)),
  gender: str,
  dob: str,
  active: bool,
  profile_pic_url: str,
  username: str,
  account_type: str,
  debug: z.optional(Debug),
  has_old_password_hash: bool,
  _id: str,
  created_at: str,
  updated_at: str,
});
export type UserSchema = z.output<typeof UserSchema>;

/** `UserObjectSchema` in USER.md: the answer of `getLoggedInUser`. */
export const UserObjectSchema = /* @__PURE__ */ z.looseObject({
  user: z.optional(UserSchema),
});
export type UserObjectSchema = z.output<typeof UserObjectSchema>;

/** `PaginationSchema` in USER.md. */
export const PaginationSchema = /* @__PURE__ */ z.looseObject({
  size: num,
  item_total: num,
  has_next: bool,
  type: str,
  current: num,
});
export type PaginationSchema = z.output<typeof PaginationSchema>;

/** `UnauthorizedSchema` in USER.md: the body of a 401/403. */
export const UnauthorizedSchema = /* @__PURE__ */ z.looseObject({ message: str });
export type UnauthorizedSchema = z.output<typeof UnauthorizedSchema>;

/** `UnauthenticatedSchema` in USER.md. */
export const UnauthenticatedSchema = /* @__PURE__ */ z.looseObject({ authenticated: bool });
export type UnauthenticatedSchema = z.output<typeof UnauthenticatedSchema>;

/** `NotFoundSchema` in USER.md: the body of a 404. */
export const NotFoundSchema = /* @__PURE__ */ z.looseObject({ message: str });
export type NotFoundSchema = z.output<typeof NotFoundSchema>;

/** `AuthenticationInternalServerErrorSchema` in USER.md: the body of a 500. */
export const AuthenticationInternalServerErrorSchema = /* @__PURE__ */ z.looseObject({ message: str });
export type AuthenticationInternalServerErrorSchema = z.output<typeof AuthenticationInternalServerErrorSchema>;

/** `AuthenticationApiErrorSchema` in USER.md: the body of a 4xx. */
export const AuthenticationApiErrorSchema = /* @__PURE__ */ z.looseObject({ message: str });
export type AuthenticationApiErrorSchema = z.output<typeof AuthenticationApiErrorSchema>;
