'use client';
import { Suspense, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { FdkError } from '../client/errors';
import { screenTheme } from '../config/theme';
import { useProfileForm } from '../forms/profile/useProfileForm';
import { redirectCheck } from '../config/redirectCheck';
import { errorWording, useFriendlyError } from '../i18n/errorMessageLoader';
import type { Messages } from '../i18n/messages';
import { textDirection } from '../i18n/loadMessages';
import { MessagesOverride, useMessages } from '../i18n/MessagesContext';
import { profileMessages } from '../i18n/messages/profile';
import { preloadMutations } from '../query/callApi';
import { useLoggedInUser } from '../query/hooks/useLoggedInUser';
import { usePlatformView } from '../query/hooks/usePlatformView';
import { useUserKit } from '../query/userKit';
import { LogoutButton } from '../components/Logout';
import { Skeleton } from '../components/primitives/Skeleton';
import type { AuthScreenProps } from './AuthScreen';
import { schemeAttribute, type ColorScheme } from './colorScheme';
import { lazyPart, whenIdle } from '../components/primitives/lazyPart';
import { PROFILE_SECTIONS, ProfileSections, preloadProfileSections, type ProfileSection } from './profile/ProfileSections';

export { PROFILE_SECTIONS, type ProfileSection } from './profile/ProfileSections';

// The sign-in dialog's screen loads when a sign-in is needed (fetched while the browser is idle before that).
const AuthScreen = lazyPart<AuthScreenProps>(() => import('./AuthScreen').then((module) => module.AuthScreen));
// The dialog's code and the sign-in screen inside it load together (no waterfall), when first needed or when idle.
const SignInDialog = lazyPart(() => {
  void AuthScreen.preload().catch(() => undefined);
  return import('./profile/SignInDialog').then((module) => module.SignInDialog);
});

/** Props of {@link ProfileScreen}. */
export interface ProfileScreenProps {
  /** The sections to show, in order (default {@link PROFILE_SECTIONS}). */
  sections?: readonly ProfileSection[];
  /** Your wording or translation of any string of the screen. */
  messages?: Partial<Messages>;
  /**
   * Sign in again in place, in a dialog (default `true`): when the session ends during a save (the typed values
   * are kept and the save is replayed once the same user is back) and from the signed-out state. With `false`,
   * the screen only tells the provider's `onSignInRequired` and your app signs the shopper in its own way.
   */
  signInDialog?: boolean;
  /** Called after "Sign out" (the user is signed out even when the request failed; `error` says it did). */
  onSignedOut?: (result: { error?: FdkError }) => void;
  /** Props for the `AuthScreen` of the sign-in dialog. */
  signInProps?: Omit<AuthScreenProps, 'onSignedIn' | 'messages' | 'initialStep' | 'resetCode'>;
  /**
   * The colour scheme (with `fdk-user-react/styles.css`): `system` (default) follows the shopper's
   * `prefers-color-scheme`; `light` or `dark` forces one (`data-color-scheme` on the screen). For the whole site, put
   * `data-color-scheme` on `<html>` instead.
   */
  colorScheme?: ColorScheme;
  className?: string;
}

/**
 * The drop-in account screen: personal details, email addresses, mobile numbers, password, active sessions and
 * sign out, chosen with `sections`. Styled like `AuthScreen` by the optional `fdk-user-react/styles.css`, branded by
 * the PlatformSchema. When the session ends in the middle of a save, the form keeps what was typed, a sign-in
 * dialog opens (native `<dialog>`), and once signed in again the save is replayed, once.
 * @example
 * <UserKitProvider client={client} platformName="Fynd">
 *   <ProfileScreen sections={['profile', 'emails', 'password', 'logout']} onSignedOut={() => navigate('/')} />
 * </UserKitProvider>
 */
export function ProfileScreen(props: ProfileScreenProps) {
  return (
    <MessagesOverride messages={props.messages}>
      <ProfileScreenContent {...props} />
    </MessagesOverride>
  );
}

function ProfileScreenContent(props: ProfileScreenProps) {
  const messages = useMessages(profileMessages);
  const kit = useUserKit();
  const { config } = usePlatformView();
  const session = useLoggedInUser();
  const user = session.data;
  const [dialog, setDialog] = useState<'expired' | 'signed-out' | undefined>();
  const [loggedOut, setLoggedOut] = useState(false);
  const ids = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const sections = (props.sections ?? PROFILE_SECTIONS).filter((section, index, all) => PROFILE_SECTIONS.includes(section) && all.indexOf(section) === index);
  const useDialog = props.signInDialog !== false;
  const profile = useProfileForm();
  // A save in flight or waiting for a sign-in keeps the form on screen, even while the session is gone.
  const keepForm = profile.needsSignIn || profile.status === 'submitting';
  const theme = useMemo(() => screenTheme(config), [config]);

  // A save that met a 401 opens the dialog (adjusted during render, when it happens); so does a part asking for a
  // sign-in ("Sign in again").
  const { needsSignIn } = profile;
  const [sawPending, setSawPending] = useState(needsSignIn);
  if (sawPending !== needsSignIn) {
    setSawPending(needsSignIn);
    if (needsSignIn && useDialog) setDialog('expired');
  }
  useEffect(() => (useDialog ? kit.signIn.listen((event) => event.reason === 'requested' && setDialog((open) => open ?? 'expired')) : undefined), [kit.signIn, useDialog]);

  // The sections' code loads at once, beside the user's fetch; the code of the calls and the dialog when idle.
  useEffect(() => void preloadProfileSections().catch(() => undefined), []);
  useEffect(() => whenIdle(() => void Promise.all([preloadMutations(), errorWording.load(), redirectCheck.load(), ...(useDialog ? [SignInDialog.preload(), AuthScreen.preload()] : [])]).catch(() => undefined)), [useDialog]);

  const askSignIn = () => {
    if (useDialog) setDialog('signed-out');
    kit.signIn.emit({ reason: 'requested' });
  };

  // A failed read of the user is worded once the error texts' code is there (it loads on demand): until then the
  // screen stays in its loading state.
  const sessionError = useFriendlyError(session.isError && !user && !keepForm ? session.error : undefined, messages);
  const loading = (session.isPending || (session.isError && !user && !sessionError)) && !keepForm;
  let body: ReactNode;
  if (loading) body = <Skeleton label={messages.commonLoading} lines={5} />;
  else if (sessionError) {
    body = (
      <div className="fdk-section fdk-form-error" role="alert">
        <p>{sessionError.message}</p>
        <button type="button" className="fdk-button" onClick={() => void session.refetch()}>
          {messages.commonRetry}
        </button>
      </div>
    );
  } else if (!user && !keepForm) {
    body = (
      <div className="fdk-section fdk-signed-out">
        <p className={loggedOut ? 'fdk-success' : undefined} role="status">
          {loggedOut ? messages.logoutDone : messages.profileSignedOut}
        </p>
        <button type="button" className="fdk-button fdk-button-primary" onClick={askSignIn}>
          {messages.profileSignIn}
        </button>
      </div>
    );
  } else body = <ProfileSections sections={sections} profile={profile} signedIn={Boolean(user)} />;

  return (
    <section className={['fdk-profile', props.className].filter(Boolean).join(' ')} lang={messages.locale} dir={textDirection(messages.locale)} style={theme as CSSProperties} data-color-scheme={schemeAttribute(props.colorScheme)} aria-labelledby={`${ids}-title`} aria-busy={loading} data-status={profile.status}>
      <div className="fdk-profile-main">
        <header className="fdk-profile-header">
          <h1 className="fdk-title fdk-step-focus" id={`${ids}-title`} ref={titleRef} tabIndex={-1}>
            {messages.profileTitle}
          </h1>
          {user && sections.includes('logout') ? (
            <LogoutButton
              onSignedOut={(result) => {
                setLoggedOut(true);
                props.onSignedOut?.(result);
              }}
            />
          ) : null}
        </header>
        {body}
      </div>
      {dialog ? (
        <Suspense fallback={null}>
        <SignInDialog
          title={dialog === 'expired' ? messages.profileSignInTitle : messages.profileSignIn}
          hint={dialog === 'expired' ? messages.profileSignInHint : messages.profileSignedOut}
          closeText={messages.commonClose}
          fallbackFocus={titleRef}
          onClose={() => setDialog(undefined)}
        >
          <Suspense fallback={<Skeleton label={messages.commonLoading} lines={3} />}>
            <AuthScreen
            {...props.signInProps}
            persist={false}
            className={['fdk-auth-embedded', props.signInProps?.className].filter(Boolean).join(' ')}
            onSignedIn={() => {
              setLoggedOut(false);
              setDialog(undefined);
            }}
            />
          </Suspense>
        </SignInDialog>
        </Suspense>
      ) : null}
    </section>
  );
}
