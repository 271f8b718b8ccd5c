import type { UserMethodName } from '../client/methods';
import { mutationEffects, type MutationMethodName } from './mutations';

/** What the docs say of a method: what it is for, its hook, and the parts of the kit that call it. */
export interface MethodGuide {
  /** What the method does, in a line. */
  summary: string;
  /** The hook that calls it (`use` + the method's name, but for the four reads). */
  hook: string;
  /** The parts and screens of the kit that call it (`—` for none). */
  parts: string;
}

const hook = (name: string) => `use${name[0]!.toUpperCase()}${name.slice(1)}`;
const row = (name: UserMethodName, summary: string, parts: string, hookName = hook(name)): MethodGuide => ({ summary, hook: hookName, parts });

/**
 * The docs of the 33 methods, beside the methods table: the README's method table and the hooks' TSDoc are made
 * from it (`npm run docs:methods`), so that neither is written by hand.
 */
export const methodGuide: { readonly [N in UserMethodName]: MethodGuide } = {
  loginWithFacebook: row('loginWithFacebook', 'Signs in or registers with a Facebook token.', '`Social.Buttons`'),
  loginWithGoogle: row('loginWithGoogle', 'Signs in or registers with a Google token.', '`Social.Buttons`'),
  loginWithGoogleAndroid: row('loginWithGoogleAndroid', 'Signs in or registers with a Google token from an Android app.', '`useSocialLogin` (`method`)'),
  loginWithGoogleIOS: row('loginWithGoogleIOS', 'Signs in or registers with a Google token from an iOS app.', '`useSocialLogin` (`method`)'),
  loginWithAppleIOS: row('loginWithAppleIOS', 'Signs in or registers with an Apple identity token.', '`Social.Buttons`'),
  loginWithOTP: row('loginWithOTP', 'Starts an OTP sign-in: sends a code by SMS; answers `request_id`, `resend_timer` and `resend_token`.', '`Login.Root` (OTP)'),
  loginWithEmailAndPassword: row('loginWithEmailAndPassword', 'Signs in with an email or mobile number and a password.', '`Login.Root` (password)'),
  sendResetPasswordEmail: row('sendResetPasswordEmail', 'Sends a password-reset email (the same answer whether or not an account exists).', '`ForgotPassword.Root`'),
  forgotPassword: row('forgotPassword', 'Sets a new password with a reset code, and signs in.', '`ForgotPassword.Root`'),
  sendResetToken: row('sendResetToken', 'Checks a password-reset code.', '`ForgotPassword.Root`, `AuthScreen` (`resetCode`)'),
  loginWithToken: row('loginWithToken', 'Signs in with the token of a login link.', '`VerifyLinkScreen` (`login`)'),
  registerWithForm: row('registerWithForm', 'Registers a shopper; answers what to verify (`register_token`), not a session.', '`Register.Root`'),
  verifyEmail: row('verifyEmail', 'Verifies an email address with the code of its link.', '`VerifyLinkScreen` (`email`), `EmailList.Items`'),
  verifyMobile: row('verifyMobile', 'Verifies a mobile number with the code of its link.', '`VerifyLinkScreen` (`mobile`), `PhoneList.Items`'),
  hasPassword: row('hasPassword', 'Whether the signed-in user has a password.', '`ChangePassword.Root`', 'useHasPassword'),
  updatePassword: row('updatePassword', 'Changes or sets the signed-in user’s password.', '`ChangePassword.Root`'),
  logout: row('logout', 'Ends the session.', '`Logout.Button`, `useAuth`'),
  sendOTPOnMobile: row('sendOTPOnMobile', 'Sends (or, with `action: "resend"` and the resend token, resends) a code by SMS.', '`Otp.Resend`, `VerifyBoth.Mobile`'),
  verifyMobileOTP: row('verifyMobileOTP', 'Checks a code sent by SMS: signs in, or answers a `register_token` for a new number.', '`Otp.Root`, `VerifyBoth.Mobile`'),
  sendOTPOnEmail: row('sendOTPOnEmail', 'Sends (or resends) a code by email.', '`VerifyBoth.Email`, `Login.Root` (with `emailOtpLogin`)'),
  verifyEmailOTP: row('verifyEmailOTP', 'Checks a code sent by email (`action: "register"` in "verify both").', '`VerifyBoth.Email`, `Otp.Root` (email)'),
  getLoggedInUser: row('getLoggedInUser', 'The signed-in user (`null` when signed out).', '`useAuth`, `ProfileScreen`', 'useLoggedInUser'),
  getListOfActiveSessions: row('getListOfActiveSessions', 'The signed-in user’s active sessions.', '`Sessions.List`', 'useActiveSessions'),
  getPlatformConfig: row('getPlatformConfig', 'The application’s PlatformSchema: what the sign-in screens show.', '`AuthScreen`, `Config.*`, `usePlatformView`', 'usePlatformConfig'),
  updateProfile: row('updateProfile', 'Edits the profile; with a `register_token`, completes a new shopper’s profile.', '`Profile.Root`, `CompleteProfile.Root`'),
  addMobileNumber: row('addMobileNumber', 'Adds a mobile number to the signed-in user.', '`PhoneList.Add`'),
  deleteMobileNumber: row('deleteMobileNumber', 'Removes a mobile number.', '`PhoneList.Items`'),
  setMobileNumberAsPrimary: row('setMobileNumberAsPrimary', 'Makes a verified mobile number the primary one.', '`PhoneList.Items`'),
  sendVerificationLinkToMobile: row('sendVerificationLinkToMobile', 'Sends a verification link to a mobile number.', '`PhoneList.Items`'),
  addEmail: row('addEmail', 'Adds an email address to the signed-in user.', '`EmailList.Add`'),
  deleteEmail: row('deleteEmail', 'Removes an email address.', '`EmailList.Items`'),
  setEmailAsPrimary: row('setEmailAsPrimary', 'Makes a verified email address the primary one.', '`EmailList.Items`'),
  sendVerificationLinkToEmail: row('sendVerificationLinkToEmail', 'Sends a verification link to an email address.', '`EmailList.Items`'),
};

const keyNames: Record<string, string> = { session: 'the session', 'has-password': '`hasPassword`', sessions: 'the sessions list', config: 'the config' };

/**
 * A mutation's cache effect in words, read from `mutationEffects` (so that the words cannot drift from what the
 * code does).
 * @example
 * describeCacheEffect('logout'); // 'signs out in the cache (the session and every user query), even when the request fails'
 */
export function describeCacheEffect(name: MutationMethodName): string {
  const effect = mutationEffects[name];
  const parts: string[] = [];
  if (effect.user) parts.push('writes the answer’s user into the session');
  if (effect.optimistic) parts.push('shows the change at once and rolls it back if the call fails');
  const stale = (effect.invalidate?.() ?? []).map((key) => keyNames[String(key[1] ?? '')] ?? String(key[1]));
  if (stale.length) parts.push(`makes ${stale.join(' and ')} stale`);
  if (effect.signOut) parts.push(`signs out in the cache (${keyNames.session} and every user query), even when the request fails`);
  return parts.length === 0 ? 'none' : parts.join('; ');
}

/** The hook name of every method (`useLoginWithOTP`, `useLoggedInUser` …). */
export const hookNames = Object.fromEntries(Object.entries(methodGuide).map(([name, guide]) => [name, guide.hook])) as { readonly [N in UserMethodName]: string };
