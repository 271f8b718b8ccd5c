// Stytch: <StytchLogin> with email magic links (the README's example). @stytch/react 20 ships its UI inside the
// package (no @stytch/vanilla-js needed any more); its styles are in the JS.
import { createStytchClient, Products, StytchLogin, StytchProvider } from '@stytch/react';

const stytch = createStytchClient('public-token-test-00000000-0000-0000-0000-000000000000');
const config = {
  products: [Products.emailMagicLinks],
  emailMagicLinksOptions: {
    loginRedirectURL: 'https://example.com/authenticate',
    loginExpirationMinutes: 30,
    signupRedirectURL: 'https://example.com/authenticate',
    signupExpirationMinutes: 30,
  },
};

export function LoginScreen() {
  return (
    <StytchProvider stytch={stytch}>
      <StytchLogin config={config} />
    </StytchProvider>
  );
}
