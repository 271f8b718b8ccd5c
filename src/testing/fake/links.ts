import { deliver } from './inbox';
import type { FakeContext } from './store';
import type { FakeLinkCode, FakeLinkKind, FakeOtpTarget, FakeUserRecord } from './types';

const prefixes: Record<FakeLinkKind, string> = {
  'reset-password': 'rp',
  'verify-email': 've',
  'verify-mobile': 'vm',
  'login-link': 'lt',
};

/**
 * Where each kind of link lands, on the storefront's origin (`{code}` is replaced by the code): the paths Fynd's
 * storefront theme routes (flows.md F13). The `linkPaths` option of the service overrides them.
 * @example
 * createFakeUserService({ linkPaths: { ...FAKE_LINK_PATHS, 'reset-password': '/account/reset?code={code}' } });
 */
export const FAKE_LINK_PATHS: Readonly<Record<FakeLinkKind, string>> = {
  'reset-password': '/auth/set-password?code={code}',
  'verify-email': '/auth/verify-email?code={code}',
  'verify-mobile': '/auth/verify-mobile?code={code}',
  'login-link': '/auth/login?token={code}',
};

/** The link of a code: `linkBaseUrl` (default: the origin of the request being answered) + the kind's path. */
export function linkTo(ctx: FakeContext, kind: FakeLinkKind, code: string): string {
  const base = (ctx.linkBaseUrl ?? ctx.origin).replace(/\/+$/, '');
  return `${base}${ctx.linkPaths[kind].replaceAll('{code}', encodeURIComponent(code))}`;
}

/** Makes a link code (`rp000001` …, from a counter) for a user's contact and "sends" it to the inbox. */
export function issueLink(ctx: FakeContext, kind: FakeLinkKind, user: FakeUserRecord, target: FakeOtpTarget): FakeLinkCode {
  const code = `${prefixes[kind]}${String(ctx.next('link')).padStart(6, '0')}`;
  const link: FakeLinkCode = { code, kind, userId: user._id, target, expiresAt: ctx.now() + ctx.linkTtl * 1000, used: false };
  ctx.links.set(code, link);
  deliver(ctx, target, kind, { code, link: linkTo(ctx, kind, code) });
  return link;
}

/** A usable (known, unused, unexpired) link code of a kind. */
export function findLink(ctx: FakeContext, code: string | undefined, kind: FakeLinkKind): FakeLinkCode | undefined {
  if (code === undefined) return undefined;
  const link = ctx.links.get(code.trim());
  if (!link || link.kind !== kind || link.used || ctx.now() >= link.expiresAt) return undefined;
  return link;
}
