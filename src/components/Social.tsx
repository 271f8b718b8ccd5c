'use client';
import type { PlatformView, SocialProvider } from '../config/readPlatformConfig';
import type { SignInFormOptions } from '../flow/types';
import type { MessageKey } from '../i18n/messages';
import { useMessages } from '../i18n/MessagesContext';
import { loginMessages } from '../i18n/messages/login';
import { socialMessages } from '../i18n/messages/social';
import { useKitSettings } from '../query/userKit';
import { useSocialLogin } from '../forms/social/useSocialLogin';
import { FormErrorMessage } from './Form';

/** Props of `Social.Buttons`. */
export interface SocialButtonsProps extends SignInFormOptions {
  /** The view of the config (which providers are on). */
  view: PlatformView;
  className?: string;
}

const labelKey: Record<SocialProvider, MessageKey> = {
  google: 'socialContinueWithGoogle',
  facebook: 'socialContinueWithFacebook',
  apple: 'socialContinueWithApple',
  account_kit: 'socialContinueWithAccountKit',
};

/** One provider's button, busy while its popup and the sign-in run, with its own error. */
export function SocialButton({ provider, ...options }: SignInFormOptions & { provider: SocialProvider }) {
  const messages = useMessages(loginMessages, socialMessages);
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
SocialButton.displayName = 'Social.Button';

/**
 * One button per social provider the config turns on and the storefront gave a token getter for (the provider's
 * `social` prop; the kit embeds no provider SDK).
 * @example
 * <Social.Buttons view={view} onNext={flow.send} />
 */
export function SocialButtons({ view, className, ...options }: SocialButtonsProps) {
  const settings = useKitSettings();
  const providers = view.social.filter((item) => settings.social[item.provider]);
  if (providers.length === 0) return null;
  return (
    <div className={className ?? 'fdk-social-buttons'}>
      {providers.map(({ provider }) => (
        <SocialButton key={provider} provider={provider} {...options} />
      ))}
    </div>
  );
}
SocialButtons.displayName = 'Social.Buttons';

export { SocialButtons as Buttons, SocialButton as Button };
