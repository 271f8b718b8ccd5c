'use client';
import type { MutationMethodName } from '../mutations';
import { useUserMutation, type UserMutationOptions, type UserMutationResult } from './useUserMutation';

/*
 * One hook per mutation method of the API, named `use` + method. Each is `useUserMutation(name)`; the cache
 * effect of each is in `mutationEffects` (src/query/mutations.ts). Checked against the methods table in tests.
 */

type Hook<N extends MutationMethodName> = <TContext = unknown>(options?: UserMutationOptions<N, TContext>) => UserMutationResult<N, TContext>;

/**
 * Signs in or registers with a Facebook token.
 * Cache effect: writes the answer's user into the session.
 * @example
 * const mutation = useLoginWithFacebook();
 * mutation.mutate({ body });
 */
export const useLoginWithFacebook: Hook<'loginWithFacebook'> = (options) => useUserMutation('loginWithFacebook', options);

/**
 * Signs in or registers with a Google token.
 * Cache effect: writes the answer's user into the session.
 * @example
 * const mutation = useLoginWithGoogle();
 * mutation.mutate({ body });
 */
export const useLoginWithGoogle: Hook<'loginWithGoogle'> = (options) => useUserMutation('loginWithGoogle', options);

/**
 * Signs in or registers with a Google token from an Android app.
 * Cache effect: writes the answer's user into the session.
 * @example
 * const mutation = useLoginWithGoogleAndroid();
 * mutation.mutate({ body });
 */
export const useLoginWithGoogleAndroid: Hook<'loginWithGoogleAndroid'> = (options) => useUserMutation('loginWithGoogleAndroid', options);

/**
 * Signs in or registers with a Google token from an iOS app.
 * Cache effect: writes the answer's user into the session.
 * @example
 * const mutation = useLoginWithGoogleIOS();
 * mutation.mutate({ body });
 */
export const useLoginWithGoogleIOS: Hook<'loginWithGoogleIOS'> = (options) => useUserMutation('loginWithGoogleIOS', options);

/**
 * Signs in or registers with an Apple identity token.
 * Cache effect: writes the answer's user into the session.
 * @example
 * const mutation = useLoginWithAppleIOS();
 * mutation.mutate({ body });
 */
export const useLoginWithAppleIOS: Hook<'loginWithAppleIOS'> = (options) => useUserMutation('loginWithAppleIOS', options);

/**
 * Starts an OTP sign-in (sends a code to the mobile number); answers `request_id` and `resend_timer`.
 * Cache effect: none.
 * @example
 * const mutation = useLoginWithOTP();
 * mutation.mutate({ body: { mobile: '9876543210', country_code: '91' } });
 */
export const useLoginWithOTP: Hook<'loginWithOTP'> = (options) => useUserMutation('loginWithOTP', options);

/**
 * Signs in with an email or mobile number and a password.
 * Cache effect: writes the answer's user into the session.
 * @example
 * const mutation = useLoginWithEmailAndPassword();
 * mutation.mutate({ body: { username: 'ana@example.com', password } });
 */
export const useLoginWithEmailAndPassword: Hook<'loginWithEmailAndPassword'> = (options) => useUserMutation('loginWithEmailAndPassword', options);

/**
 * Sends a password-reset code to an email address.
 * Cache effect: none.
 * @example
 * const mutation = useSendResetPasswordEmail();
 * mutation.mutate({ body });
 */
export const useSendResetPasswordEmail: Hook<'sendResetPasswordEmail'> = (options) => useUserMutation('sendResetPasswordEmail', options);

/**
 * Sets a new password with a reset code, and signs in.
 * Cache effect: writes the user into the session; `hasPassword` becomes stale.
 * @example
 * const mutation = useForgotPassword();
 * mutation.mutate({ body });
 */
export const useForgotPassword: Hook<'forgotPassword'> = (options) => useUserMutation('forgotPassword', options);

/**
 * Checks a password-reset code.
 * Cache effect: none.
 * @example
 * const mutation = useSendResetToken();
 * mutation.mutate({ body });
 */
export const useSendResetToken: Hook<'sendResetToken'> = (options) => useUserMutation('sendResetToken', options);

/**
 * Signs in with a token.
 * Cache effect: writes the answer's user into the session.
 * @example
 * const mutation = useLoginWithToken();
 * mutation.mutate({ body });
 */
export const useLoginWithToken: Hook<'loginWithToken'> = (options) => useUserMutation('loginWithToken', options);

/**
 * Registers a user with a form (continuing with a `register_token` from an OTP step).
 * Cache effect: the session becomes stale (refetched).
 * @example
 * const mutation = useRegisterWithForm();
 * mutation.mutate({ body });
 */
export const useRegisterWithForm: Hook<'registerWithForm'> = (options) => useUserMutation('registerWithForm', options);

/**
 * Verifies an email address with the code of a link.
 * Cache effect: the session becomes stale (refetched).
 * @example
 * const mutation = useVerifyEmail();
 * mutation.mutate({ body });
 */
export const useVerifyEmail: Hook<'verifyEmail'> = (options) => useUserMutation('verifyEmail', options);

/**
 * Verifies a mobile number with the code of a link.
 * Cache effect: the session becomes stale (refetched).
 * @example
 * const mutation = useVerifyMobile();
 * mutation.mutate({ body });
 */
export const useVerifyMobile: Hook<'verifyMobile'> = (options) => useUserMutation('verifyMobile', options);

/**
 * Sets or changes the signed-in user's password.
 * Cache effect: `hasPassword` becomes stale.
 * @example
 * const mutation = useUpdatePassword();
 * mutation.mutate({ body });
 */
export const useUpdatePassword: Hook<'updatePassword'> = (options) => useUserMutation('updatePassword', options);

/**
 * Signs out.
 * Cache effect: clears the session and every user query, and calls the provider's `onUnauthorized` with `reason: 'logout'`, even when the request fails.
 * @example
 * const mutation = useLogout();
 * mutation.mutate();
 */
export const useLogout: Hook<'logout'> = (options) => useUserMutation('logout', options);

/**
 * Sends an OTP to a mobile number; answers `request_id` and `resend_timer`.
 * Cache effect: none.
 * @example
 * const mutation = useSendOTPOnMobile();
 * mutation.mutate({ body });
 */
export const useSendOTPOnMobile: Hook<'sendOTPOnMobile'> = (options) => useUserMutation('sendOTPOnMobile', options);

/**
 * Verifies a mobile OTP (signs in a known user, or answers a `register_token`).
 * Cache effect: writes the answer's user into the session.
 * @example
 * const mutation = useVerifyMobileOTP();
 * mutation.mutate({ body });
 */
export const useVerifyMobileOTP: Hook<'verifyMobileOTP'> = (options) => useUserMutation('verifyMobileOTP', options);

/**
 * Sends an OTP to an email address.
 * Cache effect: none.
 * @example
 * const mutation = useSendOTPOnEmail();
 * mutation.mutate({ body });
 */
export const useSendOTPOnEmail: Hook<'sendOTPOnEmail'> = (options) => useUserMutation('sendOTPOnEmail', options);

/**
 * Verifies an email OTP (signs in a known user, or answers a `register_token`).
 * Cache effect: writes the answer's user into the session.
 * @example
 * const mutation = useVerifyEmailOTP();
 * mutation.mutate({ body });
 */
export const useVerifyEmailOTP: Hook<'verifyEmailOTP'> = (options) => useUserMutation('verifyEmailOTP', options);

/**
 * Edits the signed-in user's profile (names, gender, dob, picture).
 * Cache effect: optimistic (the new values show at once, rolled back on error), then the answer's user.
 * @example
 * const mutation = useUpdateProfile();
 * mutation.mutate({ body });
 */
export const useUpdateProfile: Hook<'updateProfile'> = (options) => useUserMutation('updateProfile', options);

/**
 * Adds a mobile number to the profile (unverified until its link/OTP is used).
 * Cache effect: writes the answer's user into the session.
 * @example
 * const mutation = useAddMobileNumber();
 * mutation.mutate({ body });
 */
export const useAddMobileNumber: Hook<'addMobileNumber'> = (options) => useUserMutation('addMobileNumber', options);

/**
 * Deletes a mobile number from the profile.
 * Cache effect: optimistic (removed at once, rolled back on error), then the answer's user.
 * @example
 * const mutation = useDeleteMobileNumber();
 * mutation.mutate({ phone: '9876500000', countryCode: '91', active: true, primary: false, verified: true });
 */
export const useDeleteMobileNumber: Hook<'deleteMobileNumber'> = (options) => useUserMutation('deleteMobileNumber', options);

/**
 * Makes a verified mobile number the primary one.
 * Cache effect: optimistic (primary at once, rolled back on error), then the answer's user.
 * @example
 * const mutation = useSetMobileNumberAsPrimary();
 * mutation.mutate({ body });
 */
export const useSetMobileNumberAsPrimary: Hook<'setMobileNumberAsPrimary'> = (options) => useUserMutation('setMobileNumberAsPrimary', options);

/**
 * Sends a verification link to a mobile number.
 * Cache effect: none.
 * @example
 * const mutation = useSendVerificationLinkToMobile();
 * mutation.mutate({ body });
 */
export const useSendVerificationLinkToMobile: Hook<'sendVerificationLinkToMobile'> = (options) => useUserMutation('sendVerificationLinkToMobile', options);

/**
 * Adds an email address to the profile (unverified until its link is used).
 * Cache effect: writes the answer's user into the session.
 * @example
 * const mutation = useAddEmail();
 * mutation.mutate({ body });
 */
export const useAddEmail: Hook<'addEmail'> = (options) => useUserMutation('addEmail', options);

/**
 * Deletes an email address from the profile.
 * Cache effect: optimistic (removed at once, rolled back on error), then the answer's user.
 * @example
 * const mutation = useDeleteEmail();
 * mutation.mutate({ email: 'old@example.com', active: true, primary: false, verified: true });
 */
export const useDeleteEmail: Hook<'deleteEmail'> = (options) => useUserMutation('deleteEmail', options);

/**
 * Makes a verified email address the primary one.
 * Cache effect: optimistic (primary at once, rolled back on error), then the answer's user.
 * @example
 * const mutation = useSetEmailAsPrimary();
 * mutation.mutate({ body });
 */
export const useSetEmailAsPrimary: Hook<'setEmailAsPrimary'> = (options) => useUserMutation('setEmailAsPrimary', options);

/**
 * Sends a verification link to an email address.
 * Cache effect: none.
 * @example
 * const mutation = useSendVerificationLinkToEmail();
 * mutation.mutate({ body });
 */
export const useSendVerificationLinkToEmail: Hook<'sendVerificationLinkToEmail'> = (options) => useUserMutation('sendVerificationLinkToEmail', options);
