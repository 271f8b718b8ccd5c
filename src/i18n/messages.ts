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
  /** The language of this set (a BCP 47 tag): its plural rules, and the `lang` and `dir` of the screens. */
  locale: 'en',

  // Shared
  commonLoading: 'Loading…',
  commonContinue: 'Continue',
  commonCancel: 'Cancel',
  commonClose: 'Close',
  commonRetry: 'Try again',
  commonOr: 'or',
  commonOptional: 'Optional',
  commonSkip: 'Skip for now',
  commonRetryIn: 'Try again in {seconds} s',

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
  fieldProfilePicture: 'Profile picture URL',
  fieldGenderUnset: 'Not specified',

  // Validation
  validationRequired: 'This field is required.',
  validationEmail: 'Enter a valid email address.',
  validationMobile: 'Enter a valid mobile number.',
  validationEmailOrMobile: 'Enter a valid email address or mobile number.',
  validationCountryCode: 'Choose a country code.',
  validationCodeLength: 'Enter the {length}-digit code.',
  validationPasswordTooShort: 'Use at least {min} characters.',
  validationPasswordRule: 'Use at least {min} characters, with a letter, a digit and a special character, and no spaces.',
  validationPasswordNoSpaces: 'Leave out spaces.',
  validationPasswordRuleCustom: 'Use at least {min} characters, with {needs}.',
  validationPasswordLetter: 'a letter',
  validationPasswordDigit: 'a digit',
  validationPasswordSpecial: 'a special character',
  validationPasswordMismatch: 'The passwords do not match.',
  validationPasswordSame: 'Choose a password different from your current one.',
  validationTooLong: 'Use at most {max} characters.',
  validationDate: 'Enter a valid date.',
  validationCaptcha: 'Complete the verification check.',
  validationHttpsUrl: 'Enter a web address starting with https://.',
  validationDatePast: 'Enter a date in the past.',

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
  errorProviderTimeout: 'The sign-in window did not answer. Please try again.',
  errorAccountDisabled: 'This account has been disabled.',

  // Known texts of the User service (see `serverTexts`), shown in your wording
  serverOtpInvalid: 'That code is not right. Check it and try again.',
  serverCredentialsIncorrect: 'The email, mobile number or password is not right.',
  serverAccountDisabled: 'This account has been disabled.',
  serverMobileRequired: 'Enter a mobile number.',
  serverMobileInvalid: 'Enter a valid mobile number.',
  serverEmailInvalid: 'Enter a valid email address.',
  serverEmailIncorrect: 'Enter a valid email address.',
  serverEmailTooLong: 'Use an email address of at most 50 characters.',

  // Login
  loginTitle: 'Sign in',
  loginIdentifierLabel: 'Email or mobile number',
  loginMethodLabel: 'How to sign in',
  loginPasswordTab: 'Password',
  loginOtpTab: 'One-time code',
  loginSubmit: 'Sign in',
  loginSubmitting: 'Signing in…',
  loginSuccess: 'You are signed in.',
  loginForgotPassword: 'Forgot password?',
  loginNoAccount: 'New here?',
  loginCreateAccount: 'Create an account',
  loginSkip: 'Continue as guest',
  loginNoSignInMethodTitle: 'Sign-in is unavailable',
  loginNoSignInMethod: 'There is no way to sign in to this store right now. Please try again later.',
  loginSuccessBody: 'You are signed in. Taking you back…',
  loginLinksLabel: 'Other ways in',

  // Social sign-in
  socialContinueWithGoogle: 'Continue with Google',
  socialContinueWithFacebook: 'Continue with Facebook',
  socialContinueWithApple: 'Continue with Apple',
  socialContinueWithAccountKit: 'Continue with Account Kit',
  socialNoToken: 'The sign-in window closed without signing you in. Please try again.',

  // One-time codes
  otpTitle: 'Enter the code',
  otpSendCode: 'Send code',
  otpSending: 'Sending code…',
  otpSentToMobile: 'We sent a code to {mobile}.',
  otpSentToEmail: 'We sent a code to {email}.',
  otpCodeLabel: 'One-time code',
  otpVerify: 'Verify',
  otpVerifying: 'Verifying…',
  otpResend: 'Resend code',
  otpResendIn: 'Resend code in {seconds}s',
  otpResending: 'Resending code…',
  otpResendReady: 'You can ask for a new code now.',
  otpChangeMobile: 'Change mobile number',
  otpChangeEmail: 'Change email address',

  // Registration
  registerTitle: 'Create an account',
  registerConfirmPassword: 'Confirm password',
  registerSoftFieldHint: 'Recommended, so that we can reach you about your orders.',
  registerSubmit: 'Create account',
  registerSubmitting: 'Creating your account…',
  registerHaveAccount: 'Already have an account?',
  registerSignIn: 'Sign in',
  registerUnavailable: 'New accounts cannot be created in this store right now.',

  // Complete profile (a new shopper after an OTP or a social sign-in)
  completeProfileTitle: 'Complete your profile',
  completeProfileHint: 'A few details and your account is ready.',
  completeProfileKnown: 'Signing up with {contact}',
  completeProfileSubmit: 'Continue',
  completeProfileSubmitting: 'Saving…',

  // Verify both (the codes a registration asks for)
  verifyTitle: 'Verify your details',
  verifyHint: 'Enter the codes we sent to finish creating your account.',
  verifyMobileTitle: 'Your mobile number',
  verifyEmailTitle: 'Your email address',
  verifyMobileCodeLabel: 'Code sent by SMS',
  verifyEmailCodeLabel: 'Code sent by email',
  verifyMobileDone: 'Mobile number verified.',
  verifyEmailDone: 'Email address verified.',

  // Links from emails and SMS
  linkEmailTitle: 'Verify your email address',
  linkMobileTitle: 'Verify your mobile number',
  linkLoginTitle: 'Signing you in',
  linkChecking: 'Checking your link…',
  linkEmailVerified: 'Your email address is verified.',
  linkMobileVerified: 'Your mobile number is verified.',
  linkLoginDone: 'You are signed in.',
  linkInvalid: 'This link has expired or was already used.',
  linkContinue: 'Continue',
  emailLinkTitle: 'Check your email',
  emailLinkBody: 'We sent a verification link to {email}. Open it to verify your email address.',

  // A disabled account
  lockedTitle: 'Account disabled',
  lockedBody: 'This account has been disabled, so it cannot sign in.',
  lockedSupport: 'To restore it, write to {email}.',

  // Forgot password (asking for a link)
  forgotTitle: 'Reset your password',
  forgotHint: 'Enter your email address and we will send you a code to choose a new password.',
  forgotSubmit: 'Send reset code',
  forgotSubmitting: 'Sending…',
  forgotSent: 'If an account exists for {email}, a reset code is on its way. Enter it below.',
  forgotBackToSignIn: 'Back to sign in',

  // Reset password (the code and the new password)
  resetCodeLabel: 'Reset code',
  resetCodeHint: 'The code in the email we sent you.',
  resetNewPassword: 'New password',
  resetConfirmPassword: 'Confirm new password',
  resetSubmit: 'Set new password',
  resetSubmitting: 'Saving your new password…',

  // Profile
  profileTitle: 'Your profile',
  profileSubmit: 'Save changes',
  profileSubmitting: 'Saving changes…',
  profileSaved: 'Your profile has been updated.',
  profileNoChanges: 'There are no changes to save.',
  profileDetailsTitle: 'Personal details',
  profilePictureHint: 'A link to an image, starting with https://.',
  profileSignInTitle: 'Sign in to save your changes',
  profileSignInHint: 'Your session has ended. Sign in again and your changes will be saved.',
  profileSignedOut: 'Sign in to see your profile.',
  profileSignIn: 'Sign in',
  profileOtherUser: 'You signed in as someone else, so the changes were not saved.',

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
  emailsAlreadyAdded: 'You have already added this email address.',
  emailsAlreadyVerified: 'This email address is already verified.',
  emailsNotFound: 'This email address is no longer on your account.',
  emailsVerifyHint: 'Open the link we sent to {email}, or enter the code from it here.',
  emailsCodeLabel: 'Code from the link',
  emailsVerify: 'Verify',
  emailsVerifying: 'Verifying…',
  emailsVerifiedNow: '{email} is now verified.',
  emailsSending: 'Sending…',
  emailsResendIn: 'Send again in {seconds}s',

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
  phonesAlreadyAdded: 'You have already added this mobile number.',
  phonesAlreadyVerified: 'This mobile number is already verified.',
  phonesNotFound: 'This mobile number is no longer on your account.',
  phonesVerifyHint: 'Open the link we sent to {mobile}, or enter the code from it here.',
  phonesCodeLabel: 'Code from the link',
  phonesVerify: 'Verify',
  phonesVerifying: 'Verifying…',
  phonesVerifiedNow: '{mobile} is now verified.',
  phonesSending: 'Sending…',
  phonesResendIn: 'Send again in {seconds}s',

  // Sessions
  sessionsTitle: 'Where you are signed in',
  sessionsHint: 'These devices and browsers are signed in to your account.',
  sessionsEmpty: 'No active sessions.',
  sessionsCount: '{count, plural, one {# active session} other {# active sessions}}',
  sessionsNoRevoke: 'To end a session on another device, sign out on that device.',
  sessionsItem: 'Session {id}',

  // Sign out
  logoutButton: 'Sign out',
  logoutSubmitting: 'Signing out…',
  logoutDone: 'You have been signed out.',

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
  passwordSet: 'Your password has been set.',
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
