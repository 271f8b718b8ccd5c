/** The English texts of link landings, the email-link notice and the disabled-account step. Loaded with the parts that show them. */
export const linkMessages = {
  linkEmailTitle: 'Verify your email address',
  linkMobileTitle: 'Verify your mobile number',
  linkLoginTitle: 'Signing you in',
  linkChecking: 'Checking your link…',
  linkEmailVerified: 'Your email address is verified.',
  linkMobileVerified: 'Your mobile number is verified.',
  linkLoginDone: 'You are signed in.',
  linkInvalid: 'This link has expired or was already used.',
  linkContinue: 'Continue',
  emailLinkBody: 'We sent a verification link to {email}. Open it to verify your email address.',
  lockedBody: 'This account has been disabled, so it cannot sign in.',
  lockedSupport: 'To restore it, write to {email}.',
};
