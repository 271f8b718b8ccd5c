/** The English texts of the social sign-in buttons. Loaded with the buttons (on demand). */
export const socialMessages = {
  socialContinueWithGoogle: 'Continue with Google',
  socialContinueWithFacebook: 'Continue with Facebook',
  socialContinueWithApple: 'Continue with Apple',
  socialContinueWithAccountKit: 'Continue with Account Kit',
  socialNoToken: 'The sign-in window closed without signing you in. Please try again.',
};
