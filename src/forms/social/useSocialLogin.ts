'use client';
import { useCallback } from 'react';
import type { SocialProvider } from '../../config/readPlatformConfig';
import type { SocialTokenGetter } from '../../config/settings';
import { announceNext } from '../../flow/signedIn';
import type { SignInFormOptions } from '../../flow/types';
import { useMessages } from '../../i18n/MessagesContext';
import { loginMessages } from '../../i18n/messages/login';
import { socialMessages } from '../../i18n/messages/social';
import { callApi } from '../../query/callApi';
import { useUserKit } from '../../query/userKit';
import { StepError, withTimeout } from '../kit/stepError';
import { useLatest } from '../kit/useLatest';
import type { FormError, FormStatus } from '../kit/types';
import { useSubmission } from '../kit/useSubmission';
import { isAccountDisabledError } from '../../client/accountDisabled';
import { isSocialCancel, socialDelivered, socialMethods, socialNext, type SocialMethod } from './socialLogin';

/** How long a provider's popup may stay open before the button gives up (the shopper may try again). */
export const SOCIAL_TIMEOUT_MS = 120_000;

/** Options of {@link useSocialLogin}. */
export interface SocialLoginOptions extends SignInFormOptions {
  /** The token getter (default: the provider's `social[provider]`). */
  getToken?: SocialTokenGetter;
  /** The method to call (default: `loginWithGoogle`, `loginWithFacebook`, `loginWithAppleIOS` by provider). */
  method?: SocialMethod;
}

/** What {@link useSocialLogin} returns. */
export interface SocialLogin {
  /** Opens the provider's popup (the app's getter) and signs in with its token. */
  signIn: () => Promise<void>;
  status: FormStatus;
  error: FormError | undefined;
  /** Whether this provider can sign in here (a method in the API and a token getter). */
  available: boolean;
}

/**
 * Social sign-in: the app's token getter (its provider SDK's popup; the kit embeds none) gives the token, the kit
 * calls the matching `loginWith*` method. A known shopper is signed in; a new one goes on to complete a profile
 * (`profileRequired`, as Fynd's storefront does); a disabled account, to `accountDisabled`. A cancelled popup
 * leaves the button idle with no error; a getter that never answers gives up after two minutes.
 * @example
 * const google = useSocialLogin('google', { onNext: flow.send });
 * <button onClick={google.signIn} aria-busy={google.status === 'submitting'}>Continue with Google</button>
 */
export function useSocialLogin(provider: SocialProvider, options: SocialLoginOptions = {}): SocialLogin {
  const kit = useUserKit();
  const messages = useMessages(loginMessages, socialMessages);
  const submission = useSubmission(messages);
  const { run, reset } = submission;
  const method = options.method ?? socialMethods[provider];
  const getToken = options.getToken ?? kit.settings.social[provider];
  const latest = useLatest(options);

  const signIn = useCallback(async () => {
    if (!method || !getToken) return;
    let cancelled = false;
    const result = await run(async () => {
      let body: Awaited<ReturnType<SocialTokenGetter>> | undefined;
      try {
        body = await withTimeout(getToken(), SOCIAL_TIMEOUT_MS, 'errorProviderTimeout');
      } catch (error) {
        if (!isSocialCancel(error)) throw error;
        body = null;
      }
      if (body === null) {
        cancelled = true;
        return undefined;
      }
      if (typeof body !== 'object') throw new StepError('socialNoToken');
      return socialNext(await callApi(kit, method, { body } as never, socialDelivered), body);
    });
    if (cancelled) {
      reset();
      return;
    }
    if (result?.ok && result.value) announceNext(latest.current, result.value, kit.settings);
    else if (result && !result.ok && isAccountDisabledError(result.error.cause)) announceNext(latest.current, { type: 'accountDisabled' }, kit.settings);
  }, [method, getToken, run, reset, kit, latest]);

  return { signIn, status: submission.status, error: submission.error, available: method !== undefined && getToken !== undefined };
}
