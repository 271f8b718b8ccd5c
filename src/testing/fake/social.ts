import { fakeUserMessages } from './messages';
import { fail, ok } from './results';
import type { FakeContext } from './store';
import { createUser, findUserByEmail, isEmail, normalizeEmail, toUserSchema } from './store';
import type { FakeCall, FakeRuleResult } from './types';

/** Social providers of the fake service. */
export type FakeSocialProvider = 'facebook' | 'google' | 'apple';

/**
 * Prefixes of the social test tokens. A token `<prefix><email>` (the `oauth2.access_token` of the Facebook and
 * Google logins, the `oauth.identity_token` of `loginWithAppleIOS`) signs in the user with that email, creating
 * them (email verified) when unknown. Any other token answers 400 `Invalid social token`.
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
  const email = token?.startsWith(prefix) ? token.slice(prefix.length) : '';
  if (!isEmail(email)) return fail(400, fakeUserMessages.invalidSocialToken);
  const known = findUserByEmail(ctx, email);
  const [first = '', ...rest] = (profile?.full_name ?? '').split(' ');
  const user =
    known ??
    createUser(ctx, {
      first_name: profile?.first_name ?? (first || email.split('@')[0]),
      last_name: profile?.last_name ?? rest.join(' '),
      profile_pic_url: profile?.image,
      emails: [{ email: normalizeEmail(email), primary: true, verified: true, active: true }],
    });
  return ok({ user_exists: Boolean(known), user: toUserSchema(user) }, { login: user });
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
