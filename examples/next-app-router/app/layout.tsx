import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import { QueryClient, HydrationBoundary, dehydrate } from '@tanstack/react-query';
import { userKeys } from 'fdk-user-react';
import 'fdk-user-react/styles.css';
import './store.css';
import { getSessionUser, storeSettings } from '@/lib/store';
import { Header } from './Header';
import { Providers } from './Providers';

export const metadata: Metadata = { title: 'Kit Store', description: 'fdk-user-react on the Next.js App Router' };

/** Every page starts with the session the server found, so the header makes no request on load. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection(); // rendered per request: the session, and settings read from the environment at run time
  const { applicationId, applicationToken, platformName } = storeSettings();
  const queryClient = new QueryClient();
  queryClient.setQueryData(userKeys.session(), await getSessionUser());
  return (
    <html lang="en">
      <body>
        <Providers applicationId={applicationId} applicationToken={applicationToken} platformName={platformName}>
          <HydrationBoundary state={dehydrate(queryClient)}>
            <Header />
            <main>{children}</main>
          </HydrationBoundary>
        </Providers>
      </body>
    </html>
  );
}
