import type { QueryKey } from '@tanstack/react-query';
import type { MethodArgs, MethodResult, UserMethodName } from '../client/methods';
import type { Email, PhoneNumber, UserSchema } from '../schemas/common';
import { userKeys } from './keys';

/** The four methods read through queries; the other 29 are mutations. */
export const queryMethodNames = ['getLoggedInUser', 'getPlatformConfig', 'getListOfActiveSessions', 'hasPassword'] as const;
/** A method read through a query hook. */
export type QueryMethodName = (typeof queryMethodNames)[number];
/** A method called through a mutation hook. */
export type MutationMethodName = Exclude<UserMethodName, QueryMethodName>;

/** What a mutation does to the cache. */
export interface CacheEffect<N extends MutationMethodName> {
  /** Reads the user from the answer; when there is one it is written into `userKeys.session()` at once. */
  user?: (result: MethodResult<N>) => UserSchema | undefined;
  /** Optimistic update: the signed-in user as it will be; shown at once, rolled back if the call fails. */
  optimistic?: (user: UserSchema, args: MethodArgs<N>) => UserSchema;
  /** Queries made stale by the call (refetched if in use). */
  invalidate?: () => QueryKey[];
  /** Signs out in the cache when the call settles, even when it fails (logout). */
  signOut?: true;
}

const answerUser = (result: { user?: UserSchema | undefined }) => result.user;
const samePhone = (a: PhoneNumber, phone: string | undefined, countryCode: string | number | undefined) =>
  a.phone === phone && (countryCode === undefined || a.country_code === undefined || String(a.country_code) === String(countryCode));

const withPrimaryEmail = (user: UserSchema, email: string | undefined): UserSchema => ({
  ...user,
  emails: user.emails?.map((item: Email) => ({ ...item, primary: item.email === email })),
});
const withPrimaryPhone = (user: UserSchema, phone: string | undefined, countryCode: string | undefined): UserSchema => ({
  ...user,
  phone_numbers: user.phone_numbers?.map((item) => ({ ...item, primary: samePhone(item, phone, countryCode) })),
});

const profileFields = ['first_name', 'last_name', 'gender', 'dob', 'profile_pic_url'] as const;

/**
 * The cache effect of each of the 29 mutations, in one table. Calls that answer with a user write it into the
 * session at once (no refetch, no flash of the old state); edits of the signed-in user's contacts and profile
 * are optimistic; logout always signs out in the cache; a password change makes `hasPassword` stale.
 */
export const mutationEffects: { readonly [N in MutationMethodName]: CacheEffect<N> } = {
  loginWithFacebook: { user: answerUser },
  loginWithGoogle: { user: answerUser },
  loginWithGoogleAndroid: { user: answerUser },
  loginWithGoogleIOS: { user: answerUser },
  loginWithAppleIOS: { user: answerUser },
  loginWithOTP: {},
  loginWithEmailAndPassword: { user: answerUser },
  sendResetPasswordEmail: {},
  forgotPassword: { user: answerUser, invalidate: () => [userKeys.hasPassword()] },
  sendResetToken: {},
  loginWithToken: { user: answerUser },
  registerWithForm: { invalidate: () => [userKeys.session()] },
  verifyEmail: { invalidate: () => [userKeys.session()] },
  verifyMobile: { invalidate: () => [userKeys.session()] },
  updatePassword: { invalidate: () => [userKeys.hasPassword()] },
  logout: { signOut: true },
  sendOTPOnMobile: {},
  verifyMobileOTP: { user: answerUser },
  sendOTPOnEmail: {},
  verifyEmailOTP: { user: answerUser },
  updateProfile: {
    user: answerUser,
    optimistic: (user, { body }) => {
      const next: UserSchema = { ...user };
      for (const field of profileFields) if (body[field] !== undefined) next[field] = body[field];
      return next;
    },
  },
  addMobileNumber: { user: answerUser },
  deleteMobileNumber: {
    user: answerUser,
    optimistic: (user, args) => ({
      ...user,
      phone_numbers: user.phone_numbers?.filter((item) => !samePhone(item, args.phone, args.countryCode)),
    }),
  },
  setMobileNumberAsPrimary: {
    user: answerUser,
    optimistic: (user, { body }) => withPrimaryPhone(user, body.phone, body.country_code),
  },
  sendVerificationLinkToMobile: {},
  addEmail: { user: answerUser },
  deleteEmail: {
    user: answerUser,
    optimistic: (user, args) => ({ ...user, emails: user.emails?.filter((item) => item.email !== args.email) }),
  },
  setEmailAsPrimary: { user: answerUser, optimistic: (user, { body }) => withPrimaryEmail(user, body.email) },
  sendVerificationLinkToEmail: {},
};
