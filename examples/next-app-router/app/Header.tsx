'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useAuth } from 'fdk-user-react';

/** The sign-in state from the kit's cache (hydrated from the server's session check: no request on load). */
export function Header() {
  const { status, user, logout } = useAuth();
  const pathname = usePathname();
  return (
    <header className="store-header">
      <Link href="/" className="store-name">
        Kit Store
      </Link>
      <nav aria-label="Account" data-testid="session">
        {status === 'signedIn' && user ? (
          <>
            <Link href="/account">Hello, {user.first_name || 'there'}</Link>
            <button type="button" onClick={() => void logout()}>
              Sign out
            </button>
          </>
        ) : status === 'signedOut' && pathname !== '/login' ? (
          <Link href={`/login?redirectUrl=${encodeURIComponent(pathname)}`}>Sign in</Link>
        ) : null}
      </nav>
    </header>
  );
}
