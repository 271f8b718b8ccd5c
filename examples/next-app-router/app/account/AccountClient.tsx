'use client';
import { ProfileScreen } from 'fdk-user-react';

/** The kit's account screen, on the session and config the server put in the cache. */
export function AccountClient() {
  return <ProfileScreen />;
}
