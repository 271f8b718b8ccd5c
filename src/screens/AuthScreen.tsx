'use client';
import { useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { warnPlatformConfigOnce } from '../config/checkPlatformConfig';
import type { PlatformView } from '../config/readPlatformConfig';
import { themeFromConfig } from '../config/theme';
import type { CaptchaProvider } from '../forms/captcha';
import type { OtpTarget, SignedInResult } from '../forms/successTypes';
import { usePlatformView } from '../forms/usePlatformView';
import { errorMessage } from '../i18n/errorMessage';
import type { Messages } from '../i18n/messages';
import { MessagesOverride, useMessages } from '../query/UserKitProvider';
import { Config } from '../components/Config';
import { ForgotPassword } from '../components/ForgotPassword';
import { Login } from '../components/Login';
import { Otp } from '../components/Otp';
import { Register } from '../components/Register';
import { Social, type SocialTokenGetters } from '../components/Social';

/** A step of the {@link AuthScreen}. */
export type AuthStep = 'login' | 'otp' | 'register' | 'forgot' | 'done';

/** Props of {@link AuthScreen}. */
export interface AuthScreenProps {
  /** Called when the shopper is signed in (after login, OTP, registration or a password reset). */
  onSignedIn?: (result: SignedInResult) => void;
  /** Where to go after signing in; only same-origin paths are kept (`safeRedirect`). */
  redirectTo?: string;
  /** Where to go when `redirectTo` is missing or refused. Default `/`. */
  defaultRedirect?: string;
  /** Your wording or translation of any string of the screen. */
  messages?: Partial<Messages>;
  /** The step to open on (`login` by default; `register` or `forgot` for direct links). */
  initialStep?: 'login' | 'register' | 'forgot';
  /** Supplies a captcha token when the config does not skip captcha. */
  captcha?: CaptchaProvider;
  /** Token getters of the social providers you support (a provider without one gets no button). */
  social?: SocialTokenGetters;
  /** Called by "Continue as guest" when the config allows skipping sign-in. */
  onSkip?: () => void;
  /** The `platform` query argument. */
  platform?: string;
  /** A reset code from a link (`?code=`): opens the password reset at its code step. */
  resetCode?: string;
  className?: string;
}

/**
 * The drop-in sign-in screen. It reads the application's PlatformSchema and shows what it allows: password and/or
 * OTP login, social buttons, registration (hard and soft fields), password reset; branded by the config's
 * colours and images (checked by `themeFromConfig`). Styles come from the optional `fdk-user-react/styles.css`.
 * @example
 * <UserKitProvider client={client} platformName="Fynd">
 *   <AuthScreen redirectTo={params.get('next')} onSignedIn={({ redirect }) => navigate(redirect)} />
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
  const messages = useMessages();
  const platform = usePlatformView();
  const { view, config } = platform;
  const [step, setStep] = useState<AuthStep>(props.initialStep ?? (props.resetCode ? 'forgot' : 'login'));
  const [otpTarget, setOtpTarget] = useState<OtpTarget | undefined>();
  const [registration, setRegistration] = useState<{ registerToken?: string; email?: string; mobile?: string; countryCode?: string }>({});
  const [signedIn, setSignedIn] = useState<SignedInResult | undefined>();
  const headingRef = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (config) warnPlatformConfigOnce(config);
  }, [config]);
  useEffect(() => {
    // Move focus to the new step so that keyboard and screen-reader users follow it; not on first render.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const theme = useMemo(() => themeFromConfig(config), [config]);
  const common = { platform: props.platform, redirectTo: props.redirectTo, defaultRedirect: props.defaultRedirect };
  const done = (result: SignedInResult) => {
    setSignedIn(result);
    setStep('done');
    props.onSignedIn?.(result);
  };
  const go = (next: AuthStep) => setStep(next);

  let body: ReactNode;
  if (platform.isPending && !config) {
    body = (
      <p className="fdk-loading" role="status" aria-busy="true">
        {messages.commonLoading}
      </p>
    );
  } else if (platform.error && !config) {
    const friendly = errorMessage(platform.error, messages);
    body = (
      <div className="fdk-form-error" role="alert">
        <p>{friendly.message}</p>
        <button type="button" className="fdk-button" onClick={() => void platform.refetch()}>
          {messages.commonRetry}
        </button>
      </div>
    );
  } else if (!view.hasSignInMethod) {
    body = (
      <div className="fdk-empty" role="status">
        <h2 className="fdk-title">{messages.loginNoSignInMethodTitle}</h2>
        <p>{messages.loginNoSignInMethod}</p>
      </div>
    );
  } else if (step === 'otp' && otpTarget) {
    body = (
      <OtpStep
        target={otpTarget}
        common={common}
        onSuccess={done}
        onRegisterRequired={({ registerToken, target }) => {
          setRegistration(
            target.channel === 'mobile' ? { registerToken, mobile: target.mobile, countryCode: target.countryCode } : { registerToken, email: target.email },
          );
          go('register');
        }}
        onBack={() => go('login')}
      />
    );
  } else if (step === 'register') {
    body = (
      <RegisterStep
        view={view}
        registration={registration}
        common={common}
        onSuccess={done}
        onOtpRequired={(target) => {
          setOtpTarget(target);
          go('otp');
        }}
        onBack={() => go('login')}
      />
    );
  } else if (step === 'forgot') {
    body = <ForgotStep view={view} common={common} captcha={props.captcha} code={props.resetCode} onSuccess={done} onBack={() => go('login')} />;
  } else if (step === 'done') {
    body = (
      <p className="fdk-success" role="status">
        {signedIn ? messages.loginSuccess : messages.loginAlreadySignedIn}
      </p>
    );
  } else {
    body = (
      <LoginStep
        view={view}
        common={common}
        captcha={props.captcha}
        social={props.social}
        onSkip={props.onSkip}
        onSuccess={done}
        onOtpSent={(target) => {
          setOtpTarget(target);
          go('otp');
        }}
        onRegister={() => {
          setRegistration({});
          go('register');
        }}
        onForgot={() => go('forgot')}
      />
    );
  }

  return (
    <section className={['fdk-auth', props.className].filter(Boolean).join(' ')} style={theme.style as CSSProperties} data-step={step} data-card-position={view.cardPosition} aria-busy={platform.isPending && !config}>
      <Config.Image view={view} className="fdk-auth-image" />
      <div className="fdk-card">
        <div ref={headingRef} tabIndex={-1} className="fdk-step-focus">
          <Config.Heading view={view} fallbackTitle={titleFor(step, messages)} level={1} />
        </div>
        <Config.FlashCard view={view} />
        {body}
      </div>
    </section>
  );
}

function titleFor(step: AuthStep, messages: Messages) {
  if (step === 'otp') return messages.otpTitle;
  if (step === 'register') return messages.registerTitle;
  if (step === 'forgot') return messages.forgotTitle;
  return messages.loginTitle;
}

type Common = { platform?: string | undefined; redirectTo?: string | undefined; defaultRedirect?: string | undefined };

function LoginStep(props: {
  view: PlatformView;
  common: Common;
  captcha: CaptchaProvider | undefined;
  social: SocialTokenGetters | undefined;
  onSkip: (() => void) | undefined;
  onSuccess: (result: SignedInResult) => void;
  onOtpSent: (target: OtpTarget) => void;
  onRegister: () => void;
  onForgot: () => void;
}) {
  const messages = useMessages();
  const { view } = props;
  const hasForm = view.loginMethods.password || view.loginMethods.otp;
  return (
    <>
      {hasForm ? (
        <Login.Root view={view} {...props.common} captcha={props.captcha} onSuccess={props.onSuccess} onOtpSent={props.onOtpSent} className="fdk-form">
          <Login.MethodSwitch />
          <Login.Identifier />
          <Login.Password />
          <Login.Error />
          <Login.Submit />
        </Login.Root>
      ) : null}
      {props.social ? (
        <>
          {hasForm && view.social.some((item) => props.social?.[item.provider]) ? <p className="fdk-divider">{messages.commonOr}</p> : null}
          <Social.Buttons view={view} getToken={props.social} {...props.common} onSuccess={props.onSuccess} />
        </>
      ) : null}
      <nav className="fdk-links" aria-label={messages.loginTitle}>
        {view.canResetPassword ? (
          <button type="button" className="fdk-link-button" onClick={props.onForgot}>
            {messages.loginForgotPassword}
          </button>
        ) : null}
        {view.canRegister ? (
          <p>
            {messages.loginNoAccount}{' '}
            <button type="button" className="fdk-link-button" onClick={props.onRegister}>
              {messages.loginCreateAccount}
            </button>
          </p>
        ) : null}
        {view.skipLogin && props.onSkip ? (
          <button type="button" className="fdk-link-button" onClick={props.onSkip}>
            {messages.loginSkip}
          </button>
        ) : null}
      </nav>
    </>
  );
}

function OtpStep(props: {
  target: OtpTarget;
  common: Common;
  onSuccess: (result: SignedInResult) => void;
  onRegisterRequired: (next: { registerToken: string; target: OtpTarget }) => void;
  onBack: () => void;
}) {
  const messages = useMessages();
  return (
    <>
      <Otp.Root target={props.target} {...props.common} onSuccess={props.onSuccess} onRegisterRequired={props.onRegisterRequired} className="fdk-form">
        <Otp.Input />
        <Otp.Slots />
        <Otp.Error />
        <Otp.Submit />
        <Otp.Resend />
      </Otp.Root>
      <nav className="fdk-links" aria-label={messages.otpTitle}>
        <button type="button" className="fdk-link-button" onClick={props.onBack}>
          {props.target.channel === 'mobile' ? messages.otpChangeMobile : messages.otpChangeEmail}
        </button>
      </nav>
    </>
  );
}

function RegisterStep(props: {
  view: PlatformView;
  registration: { registerToken?: string; email?: string; mobile?: string; countryCode?: string };
  common: Common;
  onSuccess: (result: SignedInResult) => void;
  onOtpRequired: (target: OtpTarget) => void;
  onBack: () => void;
}) {
  const messages = useMessages();
  const { registerToken, ...known } = props.registration;
  if (!props.view.canRegister && !registerToken) {
    return (
      <p className="fdk-empty" role="status">
        {messages.registerUnavailable}
      </p>
    );
  }
  return (
    <>
      <Register.Root
        view={props.view}
        registerToken={registerToken}
        defaultValues={known}
        {...props.common}
        onSuccess={props.onSuccess}
        onOtpRequired={props.onOtpRequired}
        className="fdk-form"
      >
        <Register.Field name="first_name" />
        <Register.Field name="last_name" />
        <Register.Field name="email" />
        <Register.Field name="mobile" />
        <Register.Field name="password" />
        <Register.Error />
        <Register.Submit />
        <Register.Skip />
      </Register.Root>
      <nav className="fdk-links" aria-label={messages.registerTitle}>
        <p>
          {messages.registerHaveAccount}{' '}
          <button type="button" className="fdk-link-button" onClick={props.onBack}>
            {messages.registerSignIn}
          </button>
        </p>
      </nav>
    </>
  );
}

function ForgotStep(props: {
  view: PlatformView;
  common: Common;
  captcha: CaptchaProvider | undefined;
  code: string | undefined;
  onSuccess: (result: SignedInResult) => void;
  onBack: () => void;
}) {
  const messages = useMessages();
  return (
    <>
      <ForgotPassword.Root view={props.view} {...props.common} captcha={props.captcha} code={props.code} onSuccess={props.onSuccess} className="fdk-form">
        <ForgotPassword.Step step="email">
          <p className="fdk-hint">{messages.forgotHint}</p>
          <ForgotPassword.Field name="email" />
        </ForgotPassword.Step>
        <ForgotPassword.Notice />
        <ForgotPassword.Step step="code">
          <ForgotPassword.Field name="code" />
        </ForgotPassword.Step>
        <ForgotPassword.Step step="password">
          <ForgotPassword.Field name="password" />
          <ForgotPassword.Field name="confirmPassword" />
        </ForgotPassword.Step>
        <ForgotPassword.Error />
        <ForgotPassword.Submit />
      </ForgotPassword.Root>
      <nav className="fdk-links" aria-label={messages.forgotTitle}>
        <button type="button" className="fdk-link-button" onClick={props.onBack}>
          {messages.forgotBackToSignIn}
        </button>
      </nav>
    </>
  );
}
