'use client';
import { Suspense } from 'react';
import type { PlatformView } from '../../config/readPlatformConfig';
import type { AuthFlow } from '../../flow/useAuthFlow';
import { useMessages } from '../../i18n/MessagesContext';
import { loginMessages } from '../../i18n/messages/login';
import { useKitSettings } from '../../query/userKit';
import { LoginError, LoginIdentifier, LoginMethodSwitch, LoginPassword, LoginRoot, LoginSubmit } from '../../components/Login';
import { lazyPart } from '../../components/primitives/lazyPart';

// Only storefronts that set up social sign-in (the provider's `social` token getters) download the buttons' code.
const SocialButtons = lazyPart(() => import('../../components/Social').then((module) => module.SocialButtons));

/** Fetches the social buttons' code now (tests and stories; a storefront's screen fetches it when it shows them). */
export const preloadSocialButtons = (): Promise<unknown> => SocialButtons.preload();

/** The sign-in step of `AuthScreen`: the login form, social buttons, and the links to reset, register or skip. */
export function LoginStep({ flow, view, redirectTo, onSkip }: { flow: AuthFlow; view: PlatformView; redirectTo: string | undefined; onSkip: (() => void) | undefined }) {
  const messages = useMessages(loginMessages);
  const settings = useKitSettings();
  const hasForm = view.loginMethods.password || view.loginMethods.otp;
  const hasSocial = view.social.some((item) => settings.social[item.provider]);
  const identifier = flow.state.step === 'login' ? flow.state.identifier : undefined;
  return (
    <>
      {hasForm ? (
        <LoginRoot view={view} redirectTo={redirectTo} onNext={flow.send} defaultValues={identifier ? { identifier } : undefined} defaultMethod={identifier ? 'otp' : undefined} className="fdk-form">
          <LoginMethodSwitch />
          <LoginIdentifier />
          <LoginPassword />
          <LoginError />
          <LoginSubmit />
        </LoginRoot>
      ) : null}
      {hasSocial ? (
        <>
          {hasForm ? <p className="fdk-divider">{messages.commonOr}</p> : null}
          <Suspense fallback={null}>
            <SocialButtons view={view} redirectTo={redirectTo} onNext={flow.send} />
          </Suspense>
        </>
      ) : null}
      <nav className="fdk-links" aria-label={messages.loginLinksLabel}>
        {view.canResetPassword ? (
          <button type="button" className="fdk-link-button" onClick={() => flow.send({ type: 'open', step: 'forgot' })}>
            {messages.loginForgotPassword}
          </button>
        ) : null}
        {view.canRegister ? (
          <p>
            {messages.loginNoAccount}{' '}
            <button type="button" className="fdk-link-button" onClick={() => flow.send({ type: 'open', step: 'register' })}>
              {messages.loginCreateAccount}
            </button>
          </p>
        ) : null}
        {view.skipLogin && onSkip ? (
          <button type="button" className="fdk-link-button" onClick={onSkip}>
            {messages.loginSkip}
          </button>
        ) : null}
      </nav>
    </>
  );
}
