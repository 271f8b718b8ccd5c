import * as z from 'zod/mini';
import { PaginationSchema, UserSchema } from './common';
import { str, bool, num } from './lenient';

/*
 * Schemas that USER.md documents but that none of the 33 application methods sends or receives (they belong to
 * the platform-side user APIs). They are kept so that every schema of the document has a parser and a type.
 */

/** `BlockUserRequestSchema` in USER.md. */
export const BlockUserRequestSchema = /* @__PURE__ */ z.strictObject({
  status: bool,
  user_id: z.optional(z.array(z.string())),
  reason: str,
});
export type BlockUserRequestSchema = z.output<typeof BlockUserRequestSchema>;

/** `BlockUserSuccess` in USER.md. */
export const BlockUserSuccess = /* @__PURE__ */ z.looseObject({ success: bool });
export type BlockUserSuccess = z.output<typeof BlockUserSuccess>;

/** `UserSearchResponseSchema` in USER.md. */
export const UserSearchResponseSchema = /* @__PURE__ */ z.looseObject({ users: z.optional(z.array(UserSchema)) });
export type UserSearchResponseSchema = z.output<typeof UserSearchResponseSchema>;

/** `CustomerListResponseSchema` in USER.md. */
export const CustomerListResponseSchema = /* @__PURE__ */ z.looseObject({
  items: z.optional(z.array(UserSchema)),
  page: z.optional(PaginationSchema),
});
export type CustomerListResponseSchema = z.output<typeof CustomerListResponseSchema>;

/** `SessionListResponseSchema` in USER.md. */
export const SessionListResponseSchema = /* @__PURE__ */ z.looseObject({ items: z.optional(z.array(z.string())) });
export type SessionListResponseSchema = z.output<typeof SessionListResponseSchema>;

/** `SessionDeleteResponseSchema` in USER.md. */
export const SessionDeleteResponseSchema = /* @__PURE__ */ z.looseObject({ items: z.optional(z.array(z.string())) });
export type SessionDeleteResponseSchema = z.output<typeof SessionDeleteResponseSchema>;

/** `CreateUserRequestSchema` in USER.md (`phone_number` and `username` are nullable). */
export const CreateUserRequestSchema = /* @__PURE__ */ z.strictObject({
  phone_number: z.optional(z.nullable(z.string())),
  email: str,
  first_name: str,
  last_name: str,
  gender: str,
  username: z.optional(z.nullable(z.string())),
  meta: str,
});
export type CreateUserRequestSchema = z.output<typeof CreateUserRequestSchema>;

/** `CreateUserResponseSchema` in USER.md. */
export const CreateUserResponseSchema = /* @__PURE__ */ z.looseObject({ user: z.optional(UserSchema) });
export type CreateUserResponseSchema = z.output<typeof CreateUserResponseSchema>;

/** `CreateUserSessionRequestSchema` in USER.md. */
export const CreateUserSessionRequestSchema = /* @__PURE__ */ z.strictObject({
  domain: str,
  max_age: num,
  user_id: str,
});
export type CreateUserSessionRequestSchema = z.output<typeof CreateUserSessionRequestSchema>;

/** `CreateUserSessionResponseSchema` in USER.md. */
export const CreateUserSessionResponseSchema = /* @__PURE__ */ z.looseObject({
  domain: str,
  max_age: num,
  secure: bool,
  http_only: bool,
  cookie: str,
});
export type CreateUserSessionResponseSchema = z.output<typeof CreateUserSessionResponseSchema>;

/** `UpdateUserRequestSchema` in USER.md. */
export const UpdateUserRequestSchema = /* @__PURE__ */ z.strictObject({
  first_name: str,
  last_name: str,
  gender: str,
  external_id: str,
  meta: str,
});
export type UpdateUserRequestSchema = z.output<typeof UpdateUserRequestSchema>;
