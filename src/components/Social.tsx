'use client';
import type { PlatformView, SocialProvider } from '../config/readPlatformConfig';
import { useSocialLogin, type SocialLoginOptions } from '../forms/useSocialLogin';
import type { Messages } from '../i18n/messages';
import { useMessages } from '../query/UserKitProvider';
import { FormErrorMessage } from './Form';

/** Per provider, the app's function that opens the provider's popup and returns the login body (or `null` if cancelled). */
export type SocialTokenGetters = Partial<Record<SocialProvider, SocialLoginOptions['getToken']>>;

/** Props of `Social.Buttons`. */
export interface SocialButtonsProps extends Omit<SocialLoginOptions, 'getToken' | 'method'> {
  /** The view of the config (which providers are on). */
  view: PlatformView;
  /** Token getters; a provider without one gets no button (the kit embeds no provider SDK). */
  getToken: SocialTokenGetters;
  className?: string;
}

const labelKey: Record<SocialProvider, keyof Messages> = {
  google: 'socialContinueWithGoogle',
  facebook: 'socialContinueWithFacebook',
  apple: 'socialContinueWithApple',
  account_kit: 'socialContinueWithAccountKit',
};

function SocialButton({ provider, options }: { provider: SocialProvider; options: SocialLoginOptions }) {
  const messages = useMessages();
  const social = useSocialLogin(provider, options);
  if (!social.available) return null;
  const busy = social.status === 'submitting';
  return (
    <div className="fdk-social-item">
      <button type="button" className={`fdk-button fdk-social fdk-social-${provider}`} aria-busy={busy} aria-disabled={busy} onClick={() => void (busy ? undefined : social.signIn())}>
        {messages[labelKey[provider]]}
      </button>
      <FormErrorMessage error={social.error} />
    </div>
  );
}

/**
 * One button per social provider the config turns on and the app can get a token for.
 * @example
 * <Social.Buttons view={view} getToken={{ google: () => myGooglePopup() }} onSuccess={done} />
 */
function SocialButtons({ view, getToken, className, ...options }: SocialButtonsProps) {
  const providers = view.social.filter((item) => getToken[item.provider]);
  if (providers.length === 0) return null;
  return (
    <div className={className ?? 'fdk-social-buttons'}>
      {providers.map(({ provider }) => (
        <SocialButton key={provider} provider={provider} options={{ ...options, getToken: getToken[provider]! }} />
      ))}
    </div>
  );
}

/** Social sign-in parts. */
export const Social = { Buttons: SocialButtons };
