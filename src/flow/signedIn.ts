import { safeRedirect } from '../config/redirect';
import type { KitSettings } from '../config/settings';
import type { UserSchema } from '../schemas/common';
import type { AuthFlowEvent, SignedInResult, SignInFormOptions } from './types';

/**
 * The result of a sign-in: the user, and where to go — the page's `redirectTo` when `safeRedirect` accepts it
 * (same origin, or an origin the provider allows), else the provider's fallback.
 * @example
 * signedInResult(user, '/account', settings); // { user, redirect: '/account' }
 */
export function signedInResult(user: UserSchema, redirectTo: string | undefined, settings: Pick<KitSettings, 'redirect'>): SignedInResult {
  return { user, redirect: safeRedirect(redirectTo, { fallback: settings.redirect.fallback, allowedOrigins: [...settings.redirect.allowedOrigins] }) };
}

/** Tells a sign-in form's caller what happened: `onNext(event)`, and `onSuccess(result)` when it signed the shopper in. */
export function announceNext(options: SignInFormOptions, event: AuthFlowEvent, settings: Pick<KitSettings, 'redirect'>): void {
  options.onNext?.(event);
  if (event.type === 'signedIn') options.onSuccess?.(signedInResult(event.user, options.redirectTo, settings));
}
