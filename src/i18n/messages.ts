/**
 * Every string the kit shows, in English. Placeholders in braces (`{seconds}`) are filled by `formatMessage` as
 * plain text. Keys are grouped by prefix: `common*`, `field*` (labels shared by several screens), `validation*`,
 * `error*`, then one prefix per screen (`login*`, `social*`, `otp*`, `register*`, `forgot*`, `reset*`, `profile*`,
 * `emails*`, `phones*`, `sessions*`, `logout*`, `password*`). Override any of them with `resolveMessages`.
 * @example
 * import { messages } from 'fdk-user-react';
 * messages.loginSubmit; // 'Sign in'
 */
export const messages = {
  // Shared
  commonLoading: 'Loading…',
  commonPleaseWait: 'Please wait…',
  commonContinue: 'Continue',
  commonCancel: 'Cancel',
  commonClose: 'Close',
  commonBack: 'Back',
  commonSave: 'Save',
  commonSaving: 'Saving…',
  commonRetry: 'Try again',
  commonOr: 'or',
  commonOptional: 'Optional',
  commonRequired: 'Required',
  commonShowPassword: 'Show password',
  commonHidePassword: 'Hide password',
  commonDismiss: 'Dismiss',
  commonSkip: 'Skip for now',

  // Field labels shared by several screens
  fieldEmail: 'Email address',
  fieldMobile: 'Mobile number',
  fieldCountryCode: 'Country code',
  fieldPassword: 'Password',
  fieldFirstName: 'First name',
  fieldLastName: 'Last name',
  fieldGender: 'Gender',
  fieldGenderMale: 'Male',
  fieldGenderFemale: 'Female',
  fieldGenderOther: 'Other',
  fieldDateOfBirth: 'Date of birth',
  fieldCaptcha: 'Verification',
  fieldCaptchaHint: 'Complete the check to continue.',

  // Validation
  validationRequired: 'This field is required.',
  validationRequiredField: '{field} is required.',
  validationEmail: 'Enter a valid email address.',
  validationMobile: 'Enter a valid mobile number.',
  validationEmailOrMobile: 'Enter a valid email address or mobile number.',
  validationCountryCode: 'Choose a country code.',
  validationCodeLength: 'Enter the {length}-digit code.',
  validationCodeDigits: 'The code has digits only.',
  validationPasswordTooShort: 'Use at least {min} characters.',
  validationPasswordMismatch: 'The passwords do not match.',
  validationPasswordSame: 'Choose a password different from your current one.',
  validationTooLong: 'Use at most {max} characters.',
  validationName: 'Enter a name using letters.',
  validationDate: 'Enter a valid date.',
  validationCaptcha: 'Complete the verification check.',

  // Errors (see `errorMessage`)
  errorGeneric: 'Something went wrong. Please try again.',
  errorServer: 'We could not complete this right now. Please try again in a moment.',
  errorOffline: 'You seem to be offline. Check your connection and try again.',
  errorTimeout: 'This is taking too long. Please try again.',
  errorSessionExpired: 'Your session has expired. Please sign in again.',
  errorSignInAgain: 'Sign in again',
  errorRateLimited: 'Too many attempts. Try again in {seconds} s.',
  errorRateLimitedSoon: 'Too many attempts. Please wait a moment and try again.',
  errorInvalidInput: 'Some details are not valid. Check the highlighted fields.',

  // Login
  loginTitle: 'Sign in',
  loginSubtitle: 'Sign in to your account',
  loginIdentifierLabel: 'Email or mobile number',
  loginPasswordTab: 'Password',
  loginOtpTab: 'One-time code',
  loginWithPassword: 'Sign in with a password',
  loginWithOtp: 'Sign in with a one-time code',
  loginUseEmail: 'Use email instead',
  loginUseMobile: 'Use mobile number instead',
  loginSubmit: 'Sign in',
  loginSubmitting: 'Signing in…',
  loginSuccess: 'You are signed in.',
  loginForgotPassword: 'Forgot password?',
  loginNoAccount: 'New here?',
  loginCreateAccount: 'Create an account',
  loginSkip: 'Continue as guest',
  loginNoSignInMethodTitle: 'Sign-in is unavailable',
  loginNoSignInMethod: 'There is no way to sign in to this store right now. Please try again later.',
  loginAlreadySignedIn: 'You are already signed in.',

  // Social sign-in
  socialContinueWithGoogle: 'Continue with Google',
  socialContinueWithFacebook: 'Continue with Facebook',
  socialContinueWithApple: 'Continue with Apple',
  socialContinueWithAccountKit: 'Continue with Account Kit',
  socialSigningIn: 'Signing in with {provider}…',
  socialCancelled: 'Sign-in with {provider} was cancelled.',
  socialUnavailable: 'Sign-in with {provider} is not available right now.',

  // One-time codes
  otpTitle: 'Enter the code',
  otpSendCode: 'Send code',
  otpSending: 'Sending code…',
  otpSentToMobile: 'We sent a code to {mobile}.',
  otpSentToEmail: 'We sent a code to {email}.',
  otpCodeLabel: 'One-time code',
  otpDigitLabel: 'Digit {index} of {length}',
  otpVerify: 'Verify',
  otpVerifying: 'Verifying…',
  otpVerified: 'Code verified.',
  otpResend: 'Resend code',
  otpResendIn: 'Resend code in {seconds}s',
  otpResending: 'Resending code…',
  otpResent: 'A new code is on its way.',
  otpChangeMobile: 'Change mobile number',
  otpChangeEmail: 'Change email address',

  // Registration
  registerTitle: 'Create an account',
  registerSubtitle: 'It only takes a minute.',
  registerPasswordHint: 'Use at least {min} characters.',
  registerConfirmPassword: 'Confirm password',
  registerSoftFieldHint: 'Recommended, so that we can reach you about your orders.',
  registerSubmit: 'Create account',
  registerSubmitting: 'Creating your account…',
  registerSuccess: 'Your account is ready.',
  registerVerifyEmailSent: 'We sent a verification link to {email}. Open it to finish.',
  registerVerifyMobileSent: 'We sent a code to {mobile} to verify it.',
  registerHaveAccount: 'Already have an account?',
  registerSignIn: 'Sign in',
  registerUnavailable: 'New accounts cannot be created in this store right now.',

  // Forgot password (asking for a link)
  forgotTitle: 'Reset your password',
  forgotHint: 'Enter your email address and we will send you a link to choose a new password.',
  forgotSubmit: 'Send reset link',
  forgotSubmitting: 'Sending…',
  forgotSent: 'If an account exists for {email}, a reset link is on its way.',
  forgotBackToSignIn: 'Back to sign in',

  // Reset password (from the link)
  resetTitle: 'Choose a new password',
  resetNewPassword: 'New password',
  resetConfirmPassword: 'Confirm new password',
  resetSubmit: 'Set new password',
  resetSubmitting: 'Saving your new password…',
  resetSuccess: 'Your password has been changed.',
  resetLinkInvalid: 'This link is invalid or has expired. Ask for a new one.',

  // Profile
  profileTitle: 'Your profile',
  profileSubmit: 'Save changes',
  profileSubmitting: 'Saving changes…',
  profileSaved: 'Your profile has been updated.',
  profileNoChanges: 'There are no changes to save.',
  profileCompleteTitle: 'Complete your profile',
  profileCompleteHint: 'Add the missing details to continue.',

  // Email addresses
  emailsTitle: 'Email addresses',
  emailsEmpty: 'You have not added an email address yet.',
  emailsAdd: 'Add email address',
  emailsAdding: 'Adding…',
  emailsAdded: '{email} has been added.',
  emailsPrimary: 'Primary',
  emailsVerified: 'Verified',
  emailsUnverified: 'Not verified',
  emailsMakePrimary: 'Make primary',
  emailsPrimaryChanged: '{email} is now your primary email address.',
  emailsSendVerification: 'Send verification link',
  emailsVerificationSent: 'We sent a verification link to {email}.',
  emailsDelete: 'Remove',
  emailsDeleting: 'Removing…',
  emailsDeleted: '{email} has been removed.',
  emailsConfirmDeleteTitle: 'Remove this email address?',
  emailsConfirmDeleteBody: 'You will no longer be able to sign in with {email}.',
  emailsConfirmDelete: 'Remove email address',
  emailsDeleteDisabledPrimary: 'This is your primary email address. Make another one primary before removing it.',
  emailsDeleteDisabledLast: 'You need at least one email address or mobile number to sign in.',
  emailsPrimaryDisabledUnverified: 'Verify this email address before making it primary.',
  emailsPrimaryDisabledAlready: 'This is already your primary email address.',

  // Mobile numbers
  phonesTitle: 'Mobile numbers',
  phonesEmpty: 'You have not added a mobile number yet.',
  phonesAdd: 'Add mobile number',
  phonesAdding: 'Adding…',
  phonesAdded: '{mobile} has been added.',
  phonesPrimary: 'Primary',
  phonesVerified: 'Verified',
  phonesUnverified: 'Not verified',
  phonesMakePrimary: 'Make primary',
  phonesPrimaryChanged: '{mobile} is now your primary mobile number.',
  phonesSendVerification: 'Send verification link',
  phonesVerificationSent: 'We sent a verification link to {mobile}.',
  phonesDelete: 'Remove',
  phonesDeleting: 'Removing…',
  phonesDeleted: '{mobile} has been removed.',
  phonesConfirmDeleteTitle: 'Remove this mobile number?',
  phonesConfirmDeleteBody: 'You will no longer be able to sign in with {mobile}.',
  phonesConfirmDelete: 'Remove mobile number',
  phonesDeleteDisabledPrimary: 'This is your primary mobile number. Make another one primary before removing it.',
  phonesDeleteDisabledLast: 'You need at least one email address or mobile number to sign in.',
  phonesPrimaryDisabledUnverified: 'Verify this mobile number before making it primary.',
  phonesPrimaryDisabledAlready: 'This is already your primary mobile number.',

  // Sessions
  sessionsTitle: 'Where you are signed in',
  sessionsHint: 'These devices and browsers are signed in to your account.',
  sessionsEmpty: 'No active sessions.',
  sessionsCurrent: 'This device',
  sessionsCount: '{count} active sessions',

  // Sign out
  logoutButton: 'Sign out',
  logoutSubmitting: 'Signing out…',
  logoutDone: 'You have been signed out.',
  logoutConfirmTitle: 'Sign out?',
  logoutConfirmBody: 'You will need to sign in again to see your orders and profile.',

  // Change or set a password
  passwordChangeTitle: 'Change password',
  passwordSetTitle: 'Set a password',
  passwordSetHint: 'You sign in with one-time codes. Set a password to sign in with it too.',
  passwordCurrent: 'Current password',
  passwordNew: 'New password',
  passwordConfirm: 'Confirm new password',
  passwordChangeSubmit: 'Change password',
  passwordSetSubmit: 'Set password',
  passwordSubmitting: 'Saving your password…',
  passwordChanged: 'Your password has been changed.',
} satisfies Record<string, string>;

/**
 * The keys of {@link messages}, each a string: the type of a complete message set (a translation, say).
 * @example
 * const fr: Partial<Messages> = { loginSubmit: 'Se connecter' };
 */
export type Messages = { [Key in keyof typeof messages]: string };

/**
 * A message key.
 * @example
 * const key: MessageKey = 'loginSubmit';
 */
export type MessageKey = keyof Messages;
