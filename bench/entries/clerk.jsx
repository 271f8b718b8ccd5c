// Clerk: <ClerkProvider><SignIn /></ClerkProvider>. What is bundled is only the loader: at run time it adds
// <script> tags for @clerk/clerk-js (clerk.browser.js) and @clerk/ui (ui.browser.js) from the Frontend API host
// encoded in the publishable key, and those draw the sign-in form. The bench measures those two scripts
// separately from their npm tarballs (see run.mjs, "Clerk run-time scripts").
import { ClerkProvider, SignIn } from '@clerk/react';

// pk_test_ + base64("bench.clerk.accounts.dev$")
const publishableKey = 'pk_test_YmVuY2guY2xlcmsuYWNjb3VudHMuZGV2JA==';

export function LoginScreen() {
  return (
    <ClerkProvider publishableKey={publishableKey}>
      <SignIn />
    </ClerkProvider>
  );
}
