'use client';
import { useCallback, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { UserKitProvider, type SignInRequiredEvent } from 'fdk-user-react';

export interface ProvidersProps {
  applicationId: string;
  applicationToken: string;
  platformName: string | undefined;
  children: ReactNode;
}

/**
 * The kit for every page: its own QueryClient (which the pages' `HydrationBoundary`s fill from the server) and a
 * browser client on the page's own origin (`/service/application/*`, proxied by `app/service/application`), so the
 * session cookie is first-party. The client makes no request while rendering on the server, where there is no
 * `location`; any absolute URL serves there.
 */
export function Providers({ applicationId, applicationToken, platformName, children }: ProvidersProps) {
  const router = useRouter();
  // After "Sign out" (in the header or the account page), render the server components again: /account then
  // redirects to /login on the server.
  const onSignInRequired = useCallback(
    ({ reason }: SignInRequiredEvent) => {
      if (reason === 'logout') router.refresh();
    },
    [router],
  );
  const baseUrl = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  return (
    <UserKitProvider clientOptions={{ baseUrl, applicationId, applicationToken }} platformName={platformName} onSignInRequired={onSignInRequired}>
      {children}
    </UserKitProvider>
  );
}
