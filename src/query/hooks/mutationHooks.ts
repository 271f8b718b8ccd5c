'use client';
// Made by `npm run docs:methods` from src/query/methodGuide.ts and src/query/mutations.ts: do not edit by hand.
import type { MutationMethodName } from '../mutations';
import { useUserMutation, type UserMutationOptions, type UserMutationResult } from './useUserMutation';

type Hook<N extends MutationMethodName> = <TContext = unknown>(options?: UserMutationOptions<N, TContext>) => UserMutationResult<N, TContext>;

/**
 * Signs in or registers with a Facebook token.
 * Cache effect: writes the answer’s user into the session.
 * @example
 * const mutation = useLoginWithFacebook();
 * mutation.mutate({ body });
 */
export const useLoginWithFacebook: Hook<'loginWithFacebook'> = (options) => useUserMutation('loginWithFacebook', options);

/**
 * Signs in or registers with a Google token.
 * Cache effect: writes the answer’s user into the session.
 * @example
 * const mutation = useLoginWithGoogle();
 * mutation.mutate({ body });
 */
export const useLoginWithGoogle: Hook<'loginWithGoogle'> = (options) => useUserMutation('loginWithGoogle', options);

/**
 * Signs in or registers with a Google token from an Android app.
 * Cache effect: writes the answer’s user into the session.
 * @example
 * const mutation = useLoginWithGoogleAndroid();
 * mutation.mutate({ body });
 */
export const useLoginWithGoogleAndroid: Hook<'loginWithGoogleAndroid'> = (options) => useUserMutation('loginWithGoogleAndroid', options);

/**
 * Signs in or registers with a Google token from an iOS app.
 * Cache effect: writes the answer’s user into the session.
 * @example
 * const mutation = useLoginWithGoogleIOS();
 * mutation.mutate({ body });
 */
export const useLoginWithGoogleIOS: Hook<'loginWithGoogleIOS'> = (options) => useUserMutation('loginWithGoogleIOS', options);

/**
 * Signs in or registers with an Apple identity token.
 * Cache effect: writes the answer’s user into the session.
 * @example
 * const mutation = useLoginWithAppleIOS();
 * mutation.mutate({ body });
 */
export const useLoginWithAppleIOS: Hook<'loginWithAppleIOS'> = (options) => useUserMutation('loginWithAppleIOS', options);

/**
 * Starts an OTP sign-in: sends a code by SMS; answers `request_id`, `resend_timer` and `resend_token`.
 * Cache effect: none.
 * @example
 * const mutation = useLoginWithOTP();
 * mutation.mutate({ body });
 */
export const useLoginWithOTP: Hook<'loginWithOTP'> = (options) => useUserMutation('loginWithOTP', options);

/**
 * Signs in with an email or mobile number and a password.
 * Cache effect: writes the answer’s user into the session.
 * @example
 * const mutation = useLoginWithEmailAndPassword();
 * mutation.mutate({ body });
 */
export const useLoginWithEmailAndPassword: Hook<'loginWithEmailAndPassword'> = (options) => useUserMutation('loginWithEmailAndPassword', options);

/**
 * Sends a password-reset email (the same answer whether or not an account exists).
 * Cache effect: none.
 * @example
 * const mutation = useSendResetPasswordEmail();
 * mutation.mutate({ body });
 */
export const useSendResetPasswordEmail: Hook<'sendResetPasswordEmail'> = (options) => useUserMutation('sendResetPasswordEmail', options);

/**
 * Sets a new password with a reset code, and signs in.
 * Cache effect: writes the answer’s user into the session; makes `hasPassword` stale.
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
 * Signs in with the token of a login link.
 * Cache effect: writes the answer’s user into the session.
 * @example
 * const mutation = useLoginWithToken();
 * mutation.mutate({ body });
 */
export const useLoginWithToken: Hook<'loginWithToken'> = (options) => useUserMutation('loginWithToken', options);

/**
 * Registers a shopper; answers what to verify (`register_token`), not a session.
 * Cache effect: makes the session stale.
 * @example
 * const mutation = useRegisterWithForm();
 * mutation.mutate({ body });
 */
export const useRegisterWithForm: Hook<'registerWithForm'> = (options) => useUserMutation('registerWithForm', options);

/**
 * Verifies an email address with the code of its link.
 * Cache effect: makes the session stale.
 * @example
 * const mutation = useVerifyEmail();
 * mutation.mutate({ body });
 */
export const useVerifyEmail: Hook<'verifyEmail'> = (options) => useUserMutation('verifyEmail', options);

/**
 * Verifies a mobile number with the code of its link.
 * Cache effect: makes the session stale.
 * @example
 * const mutation = useVerifyMobile();
 * mutation.mutate({ body });
 */
export const useVerifyMobile: Hook<'verifyMobile'> = (options) => useUserMutation('verifyMobile', options);

/**
 * Changes or sets the signed-in user’s password.
 * Cache effect: makes `hasPassword` stale.
 * @example
 * const mutation = useUpdatePassword();
 * mutation.mutate({ body });
 */
export const useUpdatePassword: Hook<'updatePassword'> = (options) => useUserMutation('updatePassword', options);

/**
 * Ends the session.
 * Cache effect: signs out in the cache (the session and every user query), even when the request fails.
 * @example
 * const mutation = useLogout();
 * mutation.mutate();
 */
export const useLogout: Hook<'logout'> = (options) => useUserMutation('logout', options);

/**
 * Sends (or, with `action: "resend"` and the resend token, resends) a code by SMS.
 * Cache effect: none.
 * @example
 * const mutation = useSendOTPOnMobile();
 * mutation.mutate({ body });
 */
export const useSendOTPOnMobile: Hook<'sendOTPOnMobile'> = (options) => useUserMutation('sendOTPOnMobile', options);

/**
 * Checks a code sent by SMS: signs in, or answers a `register_token` for a new number.
 * Cache effect: writes the answer’s user into the session.
 * @example
 * const mutation = useVerifyMobileOTP();
 * mutation.mutate({ body });
 */
export const useVerifyMobileOTP: Hook<'verifyMobileOTP'> = (options) => useUserMutation('verifyMobileOTP', options);

/**
 * Sends (or resends) a code by email.
 * Cache effect: none.
 * @example
 * const mutation = useSendOTPOnEmail();
 * mutation.mutate({ body });
 */
export const useSendOTPOnEmail: Hook<'sendOTPOnEmail'> = (options) => useUserMutation('sendOTPOnEmail', options);

/**
 * Checks a code sent by email (`action: "register"` in "verify both").
 * Cache effect: writes the answer’s user into the session.
 * @example
 * const mutation = useVerifyEmailOTP();
 * mutation.mutate({ body });
 */
export const useVerifyEmailOTP: Hook<'verifyEmailOTP'> = (options) => useUserMutation('verifyEmailOTP', options);

/**
 * Edits the profile; with a `register_token`, completes a new shopper’s profile.
 * Cache effect: writes the answer’s user into the session; shows the change at once and rolls it back if the call fails.
 * @example
 * const mutation = useUpdateProfile();
 * mutation.mutate({ body });
 */
export const useUpdateProfile: Hook<'updateProfile'> = (options) => useUserMutation('updateProfile', options);

/**
 * Adds a mobile number to the signed-in user.
 * Cache effect: writes the answer’s user into the session.
 * @example
 * const mutation = useAddMobileNumber();
 * mutation.mutate({ body });
 */
export const useAddMobileNumber: Hook<'addMobileNumber'> = (options) => useUserMutation('addMobileNumber', options);

/**
 * Removes a mobile number.
 * Cache effect: writes the answer’s user into the session; shows the change at once and rolls it back if the call fails.
 * @example
 * const mutation = useDeleteMobileNumber();
 * mutation.mutate({ active, primary, verified, countryCode, phone });
 */
export const useDeleteMobileNumber: Hook<'deleteMobileNumber'> = (options) => useUserMutation('deleteMobileNumber', options);

/**
 * Makes a verified mobile number the primary one.
 * Cache effect: writes the answer’s user into the session; shows the change at once and rolls it back if the call fails.
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
 * Adds an email address to the signed-in user.
 * Cache effect: writes the answer’s user into the session.
 * @example
 * const mutation = useAddEmail();
 * mutation.mutate({ body });
 */
export const useAddEmail: Hook<'addEmail'> = (options) => useUserMutation('addEmail', options);

/**
 * Removes an email address.
 * Cache effect: writes the answer’s user into the session; shows the change at once and rolls it back if the call fails.
 * @example
 * const mutation = useDeleteEmail();
 * mutation.mutate({ active, primary, verified, email });
 */
export const useDeleteEmail: Hook<'deleteEmail'> = (options) => useUserMutation('deleteEmail', options);

/**
 * Makes a verified email address the primary one.
 * Cache effect: writes the answer’s user into the session; shows the change at once and rolls it back if the call fails.
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
