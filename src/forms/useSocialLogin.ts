'use client';
import { useCallback } from 'react';
import type { SocialProvider } from '../config/readPlatformConfig';
import type { OAuthRequestAppleSchema, OAuthRequestSchema } from '../schemas/auth';
import { useUserKit, useMessages } from '../query/UserKitProvider';
import { executeMutation } from '../query/executeMutation';
import { redirectAfterSignIn, platformArgument } from './formParts';
import type { SignedInResult, SignInFormOptions } from './successTypes';
import type { FormError, FormStatus } from './types';
import { useSubmission } from './useSubmission';

/** Which login method each provider uses; Google has app-specific variants. */
export type SocialMethod = 'loginWithGoogle' | 'loginWithGoogleAndroid' | 'loginWithGoogleIOS' | 'loginWithFacebook' | 'loginWithAppleIOS';

/** Thrown (or resolved as `null`) by `getToken` when the shopper closed the provider's popup: not an error. */
export class SocialLoginCancelled extends Error {
  override name = 'SocialLoginCancelled';
}

/** Options of {@link useSocialLogin}. */
export interface SocialLoginOptions extends SignInFormOptions {
  /**
   * Obtains the provider's token with the app's own provider SDK (the kit never embeds one) and returns the
   * request body: `{ oauth2: { access_token }, profile, is_signed_in }` (Apple: `{ oauth: { identity_token }, … }`).
   * Resolve `null` or throw `SocialLoginCancelled` (or an `AbortError`) when the shopper cancels.
   */
  getToken: () => Promise<OAuthRequestSchema | OAuthRequestAppleSchema | null>;
  /** The method to call (default: `loginWithGoogle`, `loginWithFacebook`, `loginWithAppleIOS` by provider). */
  method?: SocialMethod;
  onSuccess?: (result: SignedInResult & { registerToken?: string | undefined }) => void;
}

const defaultMethod: Record<SocialProvider, SocialMethod | undefined> = {
  google: 'loginWithGoogle',
  facebook: 'loginWithFacebook',
  apple: 'loginWithAppleIOS',
  account_kit: undefined,
};

const isCancel = (error: unknown) =>
  error instanceof SocialLoginCancelled || (typeof error === 'object' && error !== null && ['AbortError', 'SocialLoginCancelled'].includes((error as { name?: string }).name ?? ''));

/**
 * Social sign-in: the app supplies `getToken` (its provider SDK's popup), the kit calls the matching `loginWith*`
 * method and signs the shopper in. A cancelled popup leaves the form idle, with no error.
 * @example
 * const google = useSocialLogin('google', { getToken: async () => ({ oauth2: { access_token: await googlePopup() } }) });
 * <button onClick={google.signIn} aria-busy={google.status === 'submitting'}>Continue with Google</button>
 */
export function useSocialLogin(provider: SocialProvider, options: SocialLoginOptions) {
  const kit = useUserKit();
  const messages = useMessages();
  const submission = useSubmission(messages);
  const method = options.method ?? defaultMethod[provider];

  const signIn = useCallback(async () => {
    if (!method) return;
    let cancelled = false;
    const result = await submission.run(async () => {
      let body: OAuthRequestSchema | OAuthRequestAppleSchema | null;
      try {
        body = await options.getToken();
      } catch (error) {
        if (isCancel(error)) body = null;
        else throw error;
      }
      if (body === null) {
        cancelled = true;
        return undefined;
      }
      const platform = platformArgument(options.platform);
      return executeMutation(method, { body, ...platform } as never, kit) as Promise<{ user?: SignedInResult['user']; register_token?: string }>;
    });
    if (cancelled) {
      submission.reset();
      return;
    }
    if (result?.ok && result.value?.user) {
      options.onSuccess?.({
        user: result.value.user,
        registerToken: result.value.register_token,
        redirect: redirectAfterSignIn(options),
      });
    }
  }, [method, submission, options, kit]);

  return {
    signIn,
    status: submission.status as FormStatus,
    error: submission.error as FormError | undefined,
    /** Whether this provider can sign in (Account Kit has no method in this API). */
    available: method !== undefined,
  };
}
