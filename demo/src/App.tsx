import { AuthScreen, ProfileScreen, VerifyLinkScreen, useAuth } from 'fdk-user-react';
import { useState, type ReactNode } from 'react';
import { CustomSignIn } from './CustomSignIn';
import { DevPanel } from './DevPanel';
import type { FakeControl } from './fakeControl';
import { navigate, useLocation } from './router';

function Link({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a
      href={to}
      onClick={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

function Header() {
  const { status, user, logout } = useAuth();
  return (
    <header className="demo-header">
      <Link to="/">
        <strong>Acme Store</strong>
      </Link>
      <nav aria-label="Main">
        <Link to="/">Home</Link>
        <Link to="/account">Account</Link>
        <Link to="/custom">Custom sign-in</Link>
      </nav>
      <div className="demo-session" aria-live="polite">
        {status === 'loading' ? <span>…</span> : null}
        {status === 'unknown' ? <span>Offline</span> : null}
        {status === 'signedIn' ? (
          <>
            <span>Hello, {user?.first_name ?? 'there'}</span>
            <button type="button" onClick={() => void logout().then(() => navigate('/'))}>
              Sign out
            </button>
          </>
        ) : null}
        {status === 'signedOut' ? <Link to="/login">Sign in</Link> : null}
      </div>
    </header>
  );
}

function Home() {
  return (
    <section className="demo-page">
      <h1>Acme Store</h1>
      <p>A storefront-like demo of fdk-user-react: sign in from the header, then open your account.</p>
      <ul className="demo-products">
        {['Linen shirt', 'Canvas sneakers', 'Leather wallet'].map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </section>
  );
}

/** The account page: the drop-in ProfileScreen, which also handles the signed-out state and a session that expires mid-edit. */
function Account() {
  return <ProfileScreen onSignedOut={() => navigate('/')} />;
}

/** The demo storefront. */
export function App({ fake }: { fake: FakeControl | undefined }) {
  const { path, params } = useLocation();
  // A reset of the fake mounts the storefront again: it loads as after a reload.
  const [generation, setGeneration] = useState(0);
  const redirectTo = params.get('redirectUrl') ?? params.get('next') ?? undefined;
  const signedIn = ({ redirect }: { redirect: string }) => navigate(redirect);
  let page: ReactNode;
  if (path === '/login' || (path === '/auth/login' && !params.get('token'))) {
    page = <AuthScreen redirectTo={redirectTo} onSignedIn={signedIn} supportEmail="support@acme.example" />;
  } else if (path === '/auth/login') {
    page = <VerifyLinkScreen kind="login" code={params.get('token')} redirectTo={redirectTo} onSignedIn={signedIn} onContinue={() => navigate('/login')} />;
  } else if (path === '/auth/set-password') {
    page = <AuthScreen resetCode={params.get('code') ?? undefined} redirectTo={redirectTo} onSignedIn={signedIn} />;
  } else if (path === '/auth/verify-email' || path === '/auth/verify-mobile') {
    page = <VerifyLinkScreen key={path} kind={path === '/auth/verify-email' ? 'email' : 'mobile'} code={params.get('code')} onContinue={() => navigate('/account')} />;
  } else if (path === '/custom') {
    page = <CustomSignIn onSignedIn={({ redirect }) => navigate(redirect)} />;
  } else if (path === '/account') {
    page = <Account />;
  } else {
    page = <Home />;
  }
  return (
    <div className="demo" key={generation}>
      <Header />
      <main className="demo-main">{page}</main>
      {fake ? <DevPanel fake={fake} onReset={() => setGeneration((value) => value + 1)} /> : null}
    </div>
  );
}
