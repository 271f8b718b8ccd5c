import { fakeUserMessages } from './messages';
import { fail, ok, signIn } from './results';
import type { FakeContext } from './store';
import { findUserByEmail, normalizeEmail, toUserSchema } from './store';
import { newTicket, storeTicket } from './tickets';
import type { FakeCall, FakeRuleResult } from './types';
import { isEmail } from './validate';

/** Social providers of the fake service. */
export type FakeSocialProvider = 'facebook' | 'google' | 'apple';

/**
 * Prefixes of the social test tokens. A token `<prefix><email>` (the `oauth2.access_token` of the Facebook and
 * Google logins, the `oauth.identity_token` of `loginWithAppleIOS`) signs in the user with that email (403 for a
 * disabled account). For an email without an account it answers `{ user_exists: false, user, register_token }`
 * with no session: `user` is the provider's profile (names, the proven email), and the `register_token` leads to
 * the "complete profile" step (`updateProfile` with it). Any other token answers 400 `Invalid social token`.
 */
export const fakeSocialTokenPrefixes: Readonly<Record<FakeSocialProvider, string>> = {
  facebook: 'fake-facebook-token:',
  google: 'fake-google-token:',
  apple: 'fake-apple-token:',
};

/**
 * A social test token the fake service accepts.
 * @example
 * await client.loginWithGoogle({ body: { oauth2: { access_token: fakeSocialToken('google', 'new@example.com') } } });
 */
export function fakeSocialToken(provider: FakeSocialProvider, email: string): string {
  return `${fakeSocialTokenPrefixes[provider]}${email}`;
}

interface SocialProfile {
  first_name?: string | undefined;
  last_name?: string | undefined;
  full_name?: string | undefined;
  image?: string | undefined;
}

function socialLogin(ctx: FakeContext, provider: FakeSocialProvider, token: string | undefined, profile: SocialProfile | undefined): FakeRuleResult {
  const prefix = fakeSocialTokenPrefixes[provider];
  const email = token?.startsWith(prefix) ? normalizeEmail(token.slice(prefix.length)) : '';
  if (!isEmail(email)) return fail(400, fakeUserMessages.invalidSocialToken);
  const known = findUserByEmail(ctx, email);
  if (known) return signIn(known, { user: toUserSchema(known), user_exists: true });
  const [first = '', ...rest] = (profile?.full_name ?? '').trim().split(/\s+/);
  const names = { first_name: profile?.first_name ?? (first || email.split('@')[0]), last_name: profile?.last_name ?? rest.join(' ') };
  const ticket = storeTicket(ctx, newTicket(ctx, { email: { channel: 'email', email } }, { ...names, profile_pic_url: profile?.image }));
  const user = {
    ...names,
    emails: [{ email, verified: true, primary: true, active: true }],
    phone_numbers: [],
    debug: { source: 'fake', platform: ctx.applicationId },
    active: true,
  };
  return ok({ user_exists: false, user, register_token: ticket.token });
}

/** `loginWithFacebook`. */
export function loginWithFacebook(ctx: FakeContext, call: FakeCall<'loginWithFacebook'>): FakeRuleResult {
  return socialLogin(ctx, 'facebook', call.body.oauth2?.access_token, call.body.profile);
}

/** `loginWithGoogle`. */
export function loginWithGoogle(ctx: FakeContext, call: FakeCall<'loginWithGoogle'>): FakeRuleResult {
  return socialLogin(ctx, 'google', call.body.oauth2?.access_token, call.body.profile);
}

/** `loginWithGoogleAndroid`. */
export function loginWithGoogleAndroid(ctx: FakeContext, call: FakeCall<'loginWithGoogleAndroid'>): FakeRuleResult {
  return socialLogin(ctx, 'google', call.body.oauth2?.access_token, call.body.profile);
}

/** `loginWithGoogleIOS`. */
export function loginWithGoogleIOS(ctx: FakeContext, call: FakeCall<'loginWithGoogleIOS'>): FakeRuleResult {
  return socialLogin(ctx, 'google', call.body.oauth2?.access_token, call.body.profile);
}

/** `loginWithAppleIOS`. */
export function loginWithAppleIOS(ctx: FakeContext, call: FakeCall<'loginWithAppleIOS'>): FakeRuleResult {
  return socialLogin(ctx, 'apple', call.body.oauth?.identity_token, call.body.profile);
}
