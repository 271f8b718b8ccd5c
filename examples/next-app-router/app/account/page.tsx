import { redirect } from 'next/navigation';
import { QueryClient, HydrationBoundary, dehydrate } from '@tanstack/react-query';
import { userKeys, userQueries } from 'fdk-user-react';
import { displayName, getSessionUser, serverClient, storeSettings } from '@/lib/store';
import { AccountClient } from './AccountClient';

/** The account page: the session is checked on the server; signed out, the shopper is sent to sign in first. */
export default async function AccountPage() {
  const user = await getSessionUser();
  if (!user) redirect('/login?redirectUrl=/account');

  const queryClient = new QueryClient();
  queryClient.setQueryData(userKeys.session(), user);
  await queryClient.prefetchQuery(userQueries.platformConfig(serverClient(), storeSettings().platformName));
  return (
    <>
      <p className="account-greeting">
        Signed in as <strong data-testid="account-name">{displayName(user)}</strong>
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <AccountClient />
      </HydrationBoundary>
    </>
  );
}
