'use client';
import { Suspense, useCallback, useEffect, useId, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import { warnPlatformConfigOnce } from '../config/checkPlatformConfig';
import type { PlatformView } from '../config/readPlatformConfig';
import { screenTheme } from '../config/theme';
import type { AuthFlowState } from '../flow/authFlow';
import type { SignedInResult } from '../flow/types';
import { useAuthFlow, type AuthFlow } from '../flow/useAuthFlow';
import { redirectCheck } from '../config/redirectCheck';
import { errorWording, useFriendlyError } from '../i18n/errorMessageLoader';
import type { Messages } from '../i18n/messages';
import { textDirection } from '../i18n/loadMessages';
import { MessagesOverride, useMessages } from '../i18n/MessagesContext';
import { loginMessages } from '../i18n/messages/login';
import { preloadMutations } from '../query/callApi';
import { usePlatformView } from '../query/hooks/usePlatformView';
import { ConfigFlashCard, ConfigImage } from '../components/Config';
import { Skeleton } from '../components/primitives/Skeleton';
import { LoginStep } from './auth/LoginStep';
import { focusMainHeadingSoon } from './focusAfterSignIn';
import { schemeAttribute, type ColorScheme } from './colorScheme';
import { lazyPart, whenIdle } from '../components/primitives/lazyPart';

// The steps a shopper has not reached load on demand, and are fetched while the browser is idle.
const OtpStep = lazyPart(() => import('./auth/OtpStep').then((module) => module.OtpStep));
const RegisterStep = lazyPart(() => import('./auth/RegisterStep').then((module) => module.RegisterStep));
const CompleteProfileStep = lazyPart(() => import('./auth/CompleteProfileStep').then((module) => module.CompleteProfileStep));
const VerifyStep = lazyPart(() => import('./auth/VerifyStep').then((module) => module.VerifyStep));
const ForgotStep = lazyPart(() => import('./auth/ForgotStep').then((module) => module.ForgotStep));
const EmailLinkStep = lazyPart(() => import('./auth/NoticeSteps').then((module) => module.EmailLinkStep));
const LockedStep = lazyPart(() => import('./auth/NoticeSteps').then((module) => module.LockedStep));
const lazySteps = [OtpStep, RegisterStep, CompleteProfileStep, VerifyStep, ForgotStep, EmailLinkStep, LockedStep];

/** Fetches the code of every step not loaded yet and of the calls they make (what `AuthScreen` does once the browser is idle). */
export function preloadAuthSteps(): Promise<unknown> {
  return Promise.all([...lazySteps.map((step) => step.preload()), preloadMutations(), errorWording.load(), redirectCheck.load()]);
}

/** Props of {@link AuthScreen}. */
export interface AuthScreenProps {
  /**
   * Called once when the shopper is signed in (after login, OTP, registration, a completed profile or a reset).
   * Move focus where it belongs on the next page; when nothing has taken it, the kit focuses the page's main
   * heading.
   */
  onSignedIn?: (result: SignedInResult) => void;
  /** Where to go after signing in (the page's `?redirectUrl=`); only same-origin paths are kept (`safeRedirect`). */
  redirectTo?: string;
  /** Your wording or translation of any string of the screen. */
  messages?: Partial<Messages>;
  /** The step to open on (`login` by default; `register` or `forgot` for direct links). */
  initialStep?: 'login' | 'register' | 'forgot';
  /** Called by "Continue as guest" when the config allows skipping sign-in. */
  onSkip?: () => void;
  /** A reset code from a link (`/auth/set-password?code=`): opens the password reset, which checks it at once. */
  resetCode?: string;
  /** The store's support address, shown on the "account disabled" step. */
  supportEmail?: string;
  /** Keep the code step across a reload (default `true`; see `useAuthFlow`). */
  persist?: boolean;
  /**
   * The colour scheme (with `fdk-user-react/styles.css`): `system` (default) follows the shopper's
   * `prefers-color-scheme`; `light` or `dark` forces one (`data-color-scheme` on the screen). For the whole site, put
   * `data-color-scheme` on `<html>` instead.
   */
  colorScheme?: ColorScheme;
  className?: string;
}

/**
 * The drop-in sign-in screen. It reads the application's PlatformSchema and runs Fynd's own sequence
 * (`useAuthFlow`): password and/or mobile-OTP sign-in, social buttons, a complete-profile step for a new shopper,
 * registration that signs in only after "verify both", password reset, an email-link notice and a locked-account
 * step; branded by the config's colours and images. Each step's heading (`h1`) names the step and takes focus when
 * the step changes. Settings (OTP length, captcha, social token getters, `platform`, redirects) come from the
 * provider. Styles come from the optional `fdk-user-react/styles.css`.
 * @example
 * <UserKitProvider client={client} platformName="Fynd">
 *   <AuthScreen redirectTo={params.get('redirectUrl') ?? undefined} onSignedIn={({ redirect }) => navigate(redirect)} />
 * </UserKitProvider>
 */
export function AuthScreen(props: AuthScreenProps) {
  return (
    <MessagesOverride messages={props.messages}>
      <AuthScreenContent {...props} />
    </MessagesOverride>
  );
}

function AuthScreenContent(props: AuthScreenProps) {
  const messages = useMessages(loginMessages);
  const platform = usePlatformView();
  const { view, config } = platform;
  const { onSignedIn } = props;
  const signedIn = useCallback(
    (result: SignedInResult) => {
      onSignedIn?.(result);
      focusMainHeadingSoon();
    },
    [onSignedIn],
  );
  const flow = useAuthFlow({ initialStep: props.resetCode ? 'forgot' : props.initialStep, redirectTo: props.redirectTo, onSignedIn: signedIn, persist: props.persist });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = `${useId()}-title`;
  const shownStep = useRef(flow.state.step);

  useEffect(() => {
    if (config) warnPlatformConfigOnce(config);
  }, [config]);
  // The next steps' code is fetched when the browser is idle once this step shows: not while the config is on its
  // way, whose answer it would slow down on a slow network.
  const shown = config !== undefined;
  useEffect(() => (shown ? whenIdle(() => void preloadAuthSteps().catch(() => undefined)) : undefined), [shown]);
  useEffect(() => {
    // Move focus to the new step's heading so that keyboard and screen-reader users follow it; not on first render.
    if (shownStep.current === flow.state.step) return;
    shownStep.current = flow.state.step;
    headingRef.current?.focus();
  }, [flow.state.step]);

  const theme = useMemo(() => screenTheme(config), [config]);
  // A failed config read is worded once the error texts' code is there (it loads on demand): until then the
  // screen stays in its loading state.
  const configError = useFriendlyError(config ? undefined : platform.error, messages);
  const loading = !config && (platform.isPending || (platform.error !== null && !configError));
  let body: ReactNode;
  if (loading) body = <Skeleton label={messages.commonLoading} lines={4} />;
  else if (configError) {
    body = (
      <div className="fdk-form-error" role="alert">
        <p>{configError.message}</p>
        <button type="button" className="fdk-button" onClick={() => void platform.refetch()}>
          {messages.commonRetry}
        </button>
      </div>
    );
  } else if (!view.hasSignInMethod) {
    body = (
      <p className="fdk-empty" role="status">
        {messages.loginNoSignInMethod}
      </p>
    );
  } else {
    body = (
      <Suspense fallback={<Skeleton label={messages.commonLoading} lines={3} />}>
        <StepBody flow={flow} view={view} props={props} />
      </Suspense>
    );
  }

  return (
    <section
      className={['fdk-auth', props.className].filter(Boolean).join(' ')}
      lang={messages.locale}
      dir={textDirection(messages.locale)}
      style={theme as CSSProperties}
      data-color-scheme={schemeAttribute(props.colorScheme)}
      data-step={flow.state.step}
      data-card-position={view.cardPosition}
      aria-busy={loading}
      aria-labelledby={titleId}
    >
      <ConfigImage view={view} className="fdk-auth-image" />
      <div className="fdk-card">
        {view.headings.title || view.headings.subtitle ? (
          <header className="fdk-brand">
            {view.headings.title ? <p className="fdk-brand-name">{view.headings.title}</p> : null}
            {view.headings.subtitle ? <p className="fdk-subtitle">{view.headings.subtitle}</p> : null}
          </header>
        ) : null}
        <h1 className="fdk-title fdk-step-focus" id={titleId} ref={headingRef} tabIndex={-1}>
          {view.hasSignInMethod || loading ? stepTitle(flow.state, messages) : messages.loginNoSignInMethodTitle}
        </h1>
        <ConfigFlashCard view={view} />
        {body}
      </div>
    </section>
  );
}

/** The heading of each step. */
function stepTitle(state: AuthFlowState, messages: Messages): string {
  const titles: Record<AuthFlowState['step'], string> = {
    login: messages.loginTitle,
    otp: messages.otpTitle,
    register: messages.registerTitle,
    completeProfile: messages.completeProfileTitle,
    verify: messages.verifyTitle,
    emailLink: messages.emailLinkTitle,
    forgot: messages.forgotTitle,
    locked: messages.lockedTitle,
    done: messages.loginSuccess,
  };
  return titles[state.step];
}

function StepBody({ flow, view, props }: { flow: AuthFlow; view: PlatformView; props: AuthScreenProps }) {
  const messages = useMessages(loginMessages);
  const { state } = flow;
  const redirectTo = props.redirectTo;
  switch (state.step) {
    case 'otp':
      return <OtpStep flow={flow} target={state.target} redirectTo={redirectTo} />;
    case 'register':
      return <RegisterStep flow={flow} view={view} redirectTo={redirectTo} />;
    case 'completeProfile':
      return <CompleteProfileStep flow={flow} view={view} registerToken={state.registerToken} known={state.known} redirectTo={redirectTo} />;
    case 'verify':
      return <VerifyStep flow={flow} verification={state.verification} redirectTo={redirectTo} />;
    case 'emailLink':
      return <EmailLinkStep flow={flow} email={state.email} />;
    case 'forgot':
      return <ForgotStep flow={flow} view={view} code={props.resetCode} redirectTo={redirectTo} />;
    case 'locked':
      return <LockedStep flow={flow} supportEmail={props.supportEmail} />;
    case 'done':
      return (
        <p className="fdk-success" role="status">
          {messages.loginSuccessBody}
        </p>
      );
    default:
      return <LoginStep flow={flow} view={view} redirectTo={redirectTo} onSkip={props.onSkip} />;
  }
}
