import { deliver } from './inbox';
import type { FakeContext } from './store';
import type { FakeLinkCode, FakeLinkKind, FakeOtpTarget, FakeUserRecord } from './types';

const prefixes: Record<FakeLinkKind, string> = {
  'reset-password': 'rp',
  'verify-email': 've',
  'verify-mobile': 'vm',
  'login-link': 'lt',
};

const paths: Record<FakeLinkKind, string> = {
  'reset-password': '/auth/reset-password?code=',
  'verify-email': '/auth/verify-email?code=',
  'verify-mobile': '/auth/verify-mobile?code=',
  'login-link': '/auth/login?token=',
};

/** Makes a link code (`rp000001` …, from a counter) for a user's contact and "sends" it to the inbox. */
export function issueLink(ctx: FakeContext, kind: FakeLinkKind, user: FakeUserRecord, target: FakeOtpTarget): FakeLinkCode {
  const code = `${prefixes[kind]}${String(ctx.next('link')).padStart(6, '0')}`;
  const link: FakeLinkCode = { code, kind, userId: user._id, target, expiresAt: ctx.now() + ctx.linkTtl * 1000, used: false };
  ctx.links.set(code, link);
  deliver(ctx, target, kind, { code, link: `${ctx.linkBaseUrl.replace(/\/+$/, '')}${paths[kind]}${encodeURIComponent(code)}` });
  return link;
}

/** A usable (known, unused, unexpired) link code of a kind. */
export function findLink(ctx: FakeContext, code: string | undefined, kind: FakeLinkKind): FakeLinkCode | undefined {
  if (code === undefined) return undefined;
  const link = ctx.links.get(code.trim());
  if (!link || link.kind !== kind || link.used || ctx.now() >= link.expiresAt) return undefined;
  return link;
}
