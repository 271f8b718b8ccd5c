import { serverTexts } from '../../client/serverTexts';

/**
 * The fake User service's own error `message`s, by key, written as a server writes them: short sentences.
 * The texts the real service is known to send (wrong OTP, wrong credentials, disabled account, invalid or
 * missing mobile, invalid or too long email) are not here: the fake answers them from `serverTexts`
 * (`src/client/serverTexts.ts`), the one table a storefront translates them by. Functions take the variable parts.
 *
 * @example
 * import { fakeUserMessages } from 'fdk-user-react/testing';
 * await expect(client.addEmail({ body: { email: 'ben@example.com' } })).rejects.toMatchObject({ serverMessage: fakeUserMessages.emailTaken });
 */
export const fakeUserMessages = {
  notFound: (method: string, path: string) => `No route for ${method} ${path}`,
  notSignedIn: 'You are not logged in',
  sessionExpired: 'Session expired, please login again',
  badCredentials: 'Invalid application credentials',
  badSignature: 'Invalid request signature',
  invalidJson: 'Request body is not valid JSON',
  invalidBody: (details: string) => `Invalid request body: ${details}`,
  captchaRequired: 'Captcha is required',
  emailRequired: 'Email is required',
  contactRequired: 'Email or mobile number is required',
  resendTooSoon: (seconds: number) => `Please wait ${seconds} seconds before requesting a new OTP`,
  resendTokenRequired: 'Resend token is required',
  resendTokenInvalid: 'Invalid resend token, please request a new OTP',
  otpAttemptsExceeded: 'Too many wrong attempts, please request a new OTP',
  otpExpired: 'OTP has expired, please request a new OTP',
  requestExpired: 'OTP is no longer valid, please request a new OTP',
  unknownRequest: 'Invalid request id',
  invalidRegisterToken: 'Invalid or expired register token',
  invalidCode: 'Invalid or expired code',
  invalidToken: 'Invalid or expired token',
  invalidSocialToken: 'Invalid social token',
  passwordRule: 'Password must be at least 8 characters long and contain a letter, a digit and a special character',
  oldPasswordWrong: 'Old password is incorrect',
  emailTaken: 'Account with this email already exists',
  mobileTaken: 'Account with this mobile number already exists',
  emailAlreadyAdded: 'Email is already added to your account',
  mobileAlreadyAdded: 'Mobile number is already added to your account',
  emailNotFound: 'Email not found in your account',
  mobileNotFound: 'Mobile number not found in your account',
  deletePrimaryEmail: 'Primary email cannot be deleted',
  deletePrimaryMobile: 'Primary mobile number cannot be deleted',
  deleteLastVerified: 'Last verified email or mobile number cannot be deleted',
  primaryNeedsVerifiedEmail: 'Only a verified email can be set as primary',
  primaryNeedsVerifiedMobile: 'Only a verified mobile number can be set as primary',
  alreadyVerifiedEmail: 'Email is already verified',
  alreadyVerifiedMobile: 'Mobile number is already verified',
  emptyName: (field: string) => `${field} cannot be empty`,
  invalidGender: 'Gender must be male, female or unisex',
  invalidDob: 'Date of birth must be a past date (YYYY-MM-DD)',
  invalidPictureUrl: 'Profile picture must be an http(s) URL',
  injected: 'Injected fault',
  unknownPreset: (name: string) => `Unknown preset: ${name}`,
  internal: (detail: string) => `Internal error in the fake User service: ${detail}`,
  /** @deprecated The fake answers `serverTexts.emailInvalid`; this name stays until the profile tests read the table. */
  invalidEmail: serverTexts.emailInvalid,
  /** @deprecated The fake answers `serverTexts.mobileInvalid`; this name stays until the profile tests read the table. */
  invalidMobile: serverTexts.mobileInvalid,
} as const;
