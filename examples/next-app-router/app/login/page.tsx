import { redirect } from 'next/navigation';
import { QueryClient, HydrationBoundary, dehydrate } from '@tanstack/react-query';
import { safeRedirect, userQueries } from 'fdk-user-react';
import { getSessionUser, serverClient, storeSettings } from '@/lib/store';
import { LoginClient } from './LoginClient';

interface LoginPageProps {
  searchParams: Promise<{ redirectUrl?: string | string[] }>;
}

/**
 * The sign-in page. The PlatformSchema is fetched here, on the server, and handed to the browser's cache: the
 * form is ready to type in with no request from the browser. A shopper already signed in goes on at once.
 */
export default async function LoginPage({ searchParams }: LoginPageProps) {
  const { redirectUrl } = await searchParams;
  const target = typeof redirectUrl === 'string' ? redirectUrl : undefined;
  // A same-origin path only (`//evil.com` and the like are refused); checked against a made-up origin, as the
  // server has no `location`.
  if (await getSessionUser()) redirect(safeRedirect(target, { fallback: '/account', currentOrigin: 'https://store.invalid' }));

  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(userQueries.platformConfig(serverClient(), storeSettings().platformName));
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <LoginClient redirectTo={target} />
    </HydrationBoundary>
  );
}
