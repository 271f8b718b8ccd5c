import { redirectCheck } from '../config/redirectCheck';
import type { KitSettings } from '../config/settings';
import type { UserSchema } from '../schemas/common';
import type { AuthFlowEvent, SignedInResult, SignInFormOptions } from './types';

type RedirectSettings = Pick<KitSettings, 'redirect'>;

/**
 * The result of a sign-in: the user, and where to go — the page's `redirectTo` when `safeRedirect` accepts it
 * (same origin, or an origin the provider allows), else the provider's fallback. `undefined` while the code of
 * `safeRedirect` is not loaded (`redirectCheck`; the kit's calls load it, so a call that signed the shopper
 * in finds it).
 * @example
 * signedInResult(user, '/account', settings); // { user, redirect: '/account' }
 */
export function signedInResult(user: UserSchema, redirectTo: string | undefined, settings: RedirectSettings): SignedInResult | undefined {
  const check = redirectCheck.loaded();
  return check && { user, redirect: check(redirectTo, { fallback: settings.redirect.fallback, allowedOrigins: [...settings.redirect.allowedOrigins] }) };
}

/**
 * The result of a sign-in once `safeRedirect` is loaded; if its code cannot be downloaded, the provider's fallback
 * (never a target that was not checked).
 */
export function signedInResultSoon(user: UserSchema, redirectTo: string | undefined, settings: RedirectSettings): Promise<SignedInResult> {
  return redirectCheck.load().then(
    () => signedInResult(user, redirectTo, settings) ?? { user, redirect: settings.redirect.fallback },
    () => ({ user, redirect: settings.redirect.fallback }),
  );
}

/** Calls `onSignedIn` with the result of a sign-in: at once when `safeRedirect` is loaded, else once it is. */
export function reportSignedIn(user: UserSchema, redirectTo: string | undefined, settings: RedirectSettings, onSignedIn: ((result: SignedInResult) => void) | undefined): void {
  if (!onSignedIn) return;
  const result = signedInResult(user, redirectTo, settings);
  if (result) onSignedIn(result);
  else void signedInResultSoon(user, redirectTo, settings).then(onSignedIn);
}

/** Tells a sign-in form's caller what happened: `onNext(event)`, and `onSuccess(result)` when it signed the shopper in. */
export function announceNext(options: SignInFormOptions, event: AuthFlowEvent, settings: RedirectSettings): void {
  options.onNext?.(event);
  if (event.type === 'signedIn') reportSignedIn(event.user, options.redirectTo, settings, options.onSuccess);
}
