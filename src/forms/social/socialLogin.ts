import type { SocialProvider } from '../../config/readPlatformConfig';
import type { AuthFlowEvent } from '../../flow/types';
import type { AuthSuccess, OAuthRequestAppleSchema, OAuthRequestSchema } from '../../schemas/auth';

/** Which login method each provider uses; Google has app-specific variants. */
export type SocialMethod = 'loginWithGoogle' | 'loginWithGoogleAndroid' | 'loginWithGoogleIOS' | 'loginWithFacebook' | 'loginWithAppleIOS';

/** The method of each provider (Account Kit has none in this API). */
export const socialMethods: Readonly<Record<SocialProvider, SocialMethod | undefined>> = {
  google: 'loginWithGoogle',
  facebook: 'loginWithFacebook',
  apple: 'loginWithAppleIOS',
  account_kit: undefined,
};

/** Thrown (or resolved as `null`) by a token getter when the shopper closed the provider's popup: not an error. */
export class SocialLoginCancelled extends Error {
  override name = 'SocialLoginCancelled';
}

/** Whether a getter's failure is a cancel (the shopper closed the popup). */
export const isSocialCancel = (error: unknown) =>
  typeof error === 'object' && error !== null && ['AbortError', 'SocialLoginCancelled'].includes((error as { name?: string }).name ?? '');

/**
 * What a new social user's profile already tells (names and email, for the complete-profile step): the answer's
 * `user` first (the server's reading of the provider's token, with the proven email, as Fynd's storefront reads
 * it), else the profile the app's getter sent.
 */
function knownFrom(body: OAuthRequestSchema | OAuthRequestAppleSchema, user: AuthSuccess['user']) {
  const profile = (body.profile ?? {}) as { email?: string; first_name?: string; last_name?: string };
  const email = user?.emails?.find((entry) => entry.primary)?.email ?? user?.emails?.[0]?.email;
  return { email: email || profile.email || undefined, first_name: user?.first_name || profile.first_name || undefined, last_name: user?.last_name || profile.last_name || undefined };
}

/** Where a social sign-in goes next: signed in, or (a new shopper, `user_exists: false`) completing a profile (F7). */
export function socialNext(answer: AuthSuccess, body: OAuthRequestSchema | OAuthRequestAppleSchema): AuthFlowEvent {
  if (answer.user && answer.user_exists !== false) return { type: 'signedIn', user: answer.user };
  return { type: 'profileRequired', registerToken: answer.register_token ?? '', known: knownFrom(body, answer.user) };
}

/** Whether a social answer delivers what comes next (a user, or a register token). */
export const socialDelivered = (answer: AuthSuccess) => answer.user !== undefined || Boolean(answer.register_token);
