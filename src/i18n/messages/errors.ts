/**
 * The English texts of failed calls: the kinds of failure and the server texts Fynd's storefronts translate
 * (flows.md F9). Loaded with `errorMessage`, which words a failure once there is one; the generic and offline
 * texts stay in the common pack.
 */
export const errorMessages = {
  errorServer: 'We could not complete this right now. Please try again in a moment.',
  errorTimeout: 'This is taking too long. Please try again.',
  errorSessionExpired: 'Your session has expired. Please sign in again.',
  errorRateLimited: 'Too many attempts. Try again in {seconds} s.',
  errorRateLimitedSoon: 'Too many attempts. Please wait a moment and try again.',
  errorInvalidInput: 'Some details are not valid. Check the highlighted fields.',
  errorRejected: 'This could not be done. Check the details and try again.',
  errorAccountDisabled: 'This account has been disabled.',
  serverOtpInvalid: 'That code is not right. Check it and try again.',
  serverCredentialsIncorrect: 'The email, mobile number or password is not right.',
  serverAccountDisabled: 'This account has been disabled.',
  serverMobileRequired: 'Enter a mobile number.',
  serverMobileInvalid: 'Enter a valid mobile number.',
  serverEmailInvalid: 'Enter a valid email address.',
  serverEmailIncorrect: 'Enter a valid email address.',
  serverEmailTooLong: 'Use an email address of at most 50 characters.',
};
