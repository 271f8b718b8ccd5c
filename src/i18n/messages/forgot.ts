/** The English texts of the password reset. Loaded with the parts that show them. */
export const forgotMessages = {
  forgotHint: 'Enter your email address and we will send you a code to choose a new password.',
  forgotSubmit: 'Send reset code',
  forgotSubmitting: 'Sending…',
  forgotSent: 'If an account exists for {email}, a reset code is on its way. Enter it below.',
  forgotBackToSignIn: 'Back to sign in',
  resetCodeLabel: 'Reset code',
  resetCodeHint: 'The code in the email we sent you.',
  resetNewPassword: 'New password',
  resetConfirmPassword: 'Confirm new password',
  resetSubmit: 'Set new password',
  resetSubmitting: 'Saving your new password…',
  resetSuccess: 'Your password has been changed.',
};
