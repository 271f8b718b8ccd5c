'use client';
import { useRouter } from 'next/navigation';
import { AuthScreen } from 'fdk-user-react';

/** The kit's sign-in screen; after signing in, on to `?redirectUrl=` (a same-origin path) or home. */
export function LoginClient({ redirectTo }: { redirectTo: string | undefined }) {
  const router = useRouter();
  return <AuthScreen redirectTo={redirectTo} onSignedIn={({ redirect }) => router.push(redirect)} />;
}
