'use client';
import { Fragment, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { AuthScreen } from './AuthScreen';
import type { FdkError } from '../client/errors';
import { themeFromConfig } from '../config/theme';
import type { ProfileValues } from '../forms/useProfileForm';
import { useProfileForm } from '../forms/useProfileForm';
import { usePlatformView } from '../forms/usePlatformView';
import { errorMessage } from '../i18n/errorMessage';
import type { Messages } from '../i18n/messages';
import { useLoggedInUser } from '../query/hooks/useLoggedInUser';
import { MessagesOverride, useMessages } from '../query/UserKitProvider';
import { ChangePassword } from '../components/ChangePassword';
import { EmailList } from '../components/EmailList';
import { LogoutButton } from '../components/Logout';
import { PhoneList } from '../components/PhoneList';
import { Profile } from '../components/Profile';
import { SessionsList } from '../components/Sessions';
import type { AuthScreenProps } from './AuthScreen';

// Loaded when a sign-in is needed only: the profile route does not carry the sign-in screen up front.

/** A section of the {@link ProfileScreen}. */
export type ProfileSection = 'profile' | 'emails' | 'phones' | 'password' | 'sessions' | 'logout';

/** Every section, in the default order. */
export const PROFILE_SECTIONS: readonly ProfileSection[] = ['profile', 'emails', 'phones', 'password', 'sessions', 'logout'];

/** Why the {@link ProfileScreen} asks the app to sign the user in. */
export interface ProfileSignInRequest {
  /** `expired`: the session ended during a save (the save is replayed once signed in); `signed-out`: nobody is signed in. */
  reason: 'expired' | 'signed-out';
  /** The values of the save waiting for the sign-in (`expired`). */
  pending?: ProfileValues;
}

/** Props of {@link ProfileScreen}. */
export interface ProfileScreenProps {
  /** The sections to show, in order (default {@link PROFILE_SECTIONS}). */
  sections?: readonly ProfileSection[];
  /** Your wording or translation of any string of the screen. */
  messages?: Partial<Messages>;
  /**
   * Sign the user in your own way instead of the built-in dialog (an `AuthScreen` in a modal). Called when the
   * session ends in the middle of a save (the typed values are kept, and the save is replayed once the same user
   * is signed in again) and by the "Sign in" button of the signed-out state.
   */
  onUnauthorized?: (request: ProfileSignInRequest) => void;
  /** Called after "Sign out" (the user is signed out even when the request failed; `error` says it did). */
  onSignedOut?: (result: { error?: FdkError }) => void;
  /** Props for the `AuthScreen` of the sign-in dialog (social token getters, captcha, platform …). */
  signInProps?: Omit<AuthScreenProps, 'onSignedIn' | 'messages' | 'initialStep' | 'resetCode'>;
  /** The `platform` query argument. */
  platform?: string;
  className?: string;
}

/**
 * The drop-in account screen: personal details, email addresses, mobile numbers, password, active sessions and
 * sign out, chosen with `sections`. Styled like `AuthScreen` by the optional `fdk-user-react/styles.css` (same
 * CSS variables, dark mode, RTL), branded by the PlatformSchema. When the session ends in the middle of a save,
 * the form keeps what was typed, a sign-in dialog opens (or your `onUnauthorized` is called), and once signed in
 * again the save is replayed, once. (The provider's own `onUnauthorized` is told too, `reason: 'expired'`: an app
 * that redirects to its sign-in page on it loses the in-place replay.)
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
  const messages = useMessages();
  const { config } = usePlatformView();
  const session = useLoggedInUser();
  const user = session.data;
  const [dialog, setDialog] = useState<'expired' | 'signed-out' | undefined>();
  const [loggedOut, setLoggedOut] = useState(false);
  const ids = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const sections = (props.sections ?? PROFILE_SECTIONS).filter((section, index, all) => PROFILE_SECTIONS.includes(section) && all.indexOf(section) === index);
  const has = (section: ProfileSection) => sections.includes(section);

  const askSignIn = (request: ProfileSignInRequest) => {
    if (props.onUnauthorized) props.onUnauthorized(request);
    else setDialog(request.reason);
  };
  const profile = useProfileForm({ platform: props.platform, onSignInRequired: (pending) => askSignIn({ reason: 'expired', pending }) });
  // A save in flight or waiting for a sign-in keeps the form on screen, even while the session is gone.
  const keepForm = profile.needsSignIn || profile.status === 'submitting';
  const theme = useMemo(() => themeFromConfig(config), [config]);

  let body: ReactNode;
  if (session.isPending && !keepForm) {
    body = (
      <p className="fdk-loading" role="status">
        {messages.commonLoading}
      </p>
    );
  } else if (session.isError && !user && !keepForm) {
    body = (
      <div className="fdk-section fdk-form-error" role="alert">
        <p>{errorMessage(session.error, messages).message}</p>
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
        <button type="button" className="fdk-button fdk-button-primary" onClick={() => askSignIn({ reason: 'signed-out' })}>
          {messages.profileSignIn}
        </button>
      </div>
    );
  } else {
    const renderSection = (section: ProfileSection): ReactNode => {
      if (section === 'profile') {
        return (
          <Section id={`${ids}-profile`} title={messages.profileDetailsTitle}>
            <Profile.Summary />
            <Profile.Root profile={profile} className="fdk-form">
              <Profile.Field name="first_name" />
              <Profile.Field name="last_name" />
              <Profile.Gender />
              <Profile.Field name="dob" />
              <Profile.Field name="profile_pic_url" />
              <Profile.Error />
              <Profile.Notice />
              <Profile.Submit />
            </Profile.Root>
          </Section>
        );
      }
      // The other sections need the session; the profile form alone stays while a save waits for a sign-in.
      if (!user) return null;
      if (section === 'emails') {
        return (
          <Section id={`${ids}-emails`} title={messages.emailsTitle}>
            <EmailList.Root platform={props.platform}>
              <EmailList.Status />
              <EmailList.Items />
              <EmailList.Add />
            </EmailList.Root>
          </Section>
        );
      }
      if (section === 'phones') {
        return (
          <Section id={`${ids}-phones`} title={messages.phonesTitle}>
            <PhoneList.Root platform={props.platform}>
              <PhoneList.Status />
              <PhoneList.Items />
              <PhoneList.Add />
            </PhoneList.Root>
          </Section>
        );
      }
      if (section === 'password') {
        return (
          <section className="fdk-section" aria-labelledby={`${ids}-password`}>
            <ChangePassword.Root className="fdk-form">
              <ChangePassword.Title id={`${ids}-password`} />
              <ChangePassword.Hint />
              <ChangePassword.Fields />
              <ChangePassword.Error />
              <ChangePassword.Notice />
              <ChangePassword.Submit />
            </ChangePassword.Root>
          </section>
        );
      }
      if (section === 'sessions') {
        return (
          <Section id={`${ids}-sessions`} title={messages.sessionsTitle}>
            <p className="fdk-hint">{messages.sessionsHint}</p>
            <SessionsList />
          </Section>
        );
      }
      return null; // `logout` is in the header
    };
    body = sections.map((section) => <Fragment key={section}>{renderSection(section)}</Fragment>);
  }

  return (
    <section
      className={['fdk-profile', props.className].filter(Boolean).join(' ')}
      style={theme.style as CSSProperties}
      aria-labelledby={`${ids}-title`}
      aria-busy={session.isPending && !keepForm}
      data-status={profile.status}
    >
      <div className="fdk-profile-main" inert={dialog !== undefined}>
        <header className="fdk-profile-header">
          <h1 className="fdk-title fdk-step-focus" id={`${ids}-title`} ref={titleRef} tabIndex={-1}>
            {messages.profileTitle}
          </h1>
          {user && has('logout') ? (
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
        <SignInDialog
          title={dialog === 'expired' ? messages.profileSignInTitle : messages.profileSignIn}
          hint={dialog === 'expired' ? messages.profileSignInHint : messages.profileSignedOut}
          closeText={messages.commonClose}
          fallbackFocus={titleRef}
          onClose={() => setDialog(undefined)}
        >
          <AuthScreen
            {...props.signInProps}
            platform={props.signInProps?.platform ?? props.platform}
            className={['fdk-auth-embedded', props.signInProps?.className].filter(Boolean).join(' ')}
            onSignedIn={() => {
              setLoggedOut(false);
              setDialog(undefined);
            }}
          />
        </SignInDialog>
      ) : null}
    </section>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="fdk-section" aria-labelledby={id}>
      <h2 className="fdk-section-title" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog (`role="dialog"`, `aria-modal`, labelled and described): focus moves in when it opens, stays in
 * (Tab wraps; the page behind is `inert`), Escape and "Close" close it, and focus goes back where it was.
 */
function SignInDialog(props: { title: string; hint: string; closeText: string; fallbackFocus: RefObject<HTMLElement | null>; onClose: () => void; children: ReactNode }) {
  const { title, hint, closeText, fallbackFocus, onClose, children } = props;
  const ids = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const fallback = fallbackFocus.current;
    ref.current?.focus();
    return () => {
      // Back where it was; when that is gone (the signed-out card after a sign-in), to the screen's title.
      if (previous?.isConnected) previous.focus();
      else fallback?.focus();
    };
  }, [fallbackFocus]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => !element.hasAttribute('inert'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };
  return (
    <div className="fdk-dialog-backdrop">
      <div ref={ref} className="fdk-dialog" role="dialog" aria-modal="true" aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-hint`} tabIndex={-1} onKeyDown={onKeyDown}>
        <div className="fdk-dialog-header">
          <h2 className="fdk-section-title" id={`${ids}-title`}>
            {title}
          </h2>
          <button type="button" className="fdk-link-button" onClick={onClose}>
            {closeText}
          </button>
        </div>
        <p className="fdk-hint" id={`${ids}-hint`}>
          {hint}
        </p>
        {children}
      </div>
    </div>
  );
}
