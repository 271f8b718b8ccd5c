/** The English texts of the code step. Loaded with the parts that show them. */
export const otpMessages = {
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
};
