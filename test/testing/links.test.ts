import { describe, expect, it } from 'vitest';
import { FdkConfigError } from '../../src/client/errors';
import { createFakeUserService, FAKE_LINK_PATHS, type FakeUserService } from '../../src/testing/index';

const AUTH = '/service/application/user/authentication/v1.0';
const PROFILE = '/service/application/user/profile/v1.0';

async function post(service: FakeUserService, path: string, body: unknown, headers: Record<string, string> = {}, cookie?: string) {
  const method = path.startsWith(PROFILE) ? 'PUT' : 'POST';
  return service.handle({ method, path, bodyText: JSON.stringify(body), headers, ...(cookie ? { cookies: { fdk_session: cookie } } : {}) });
}

async function signInAna(service: FakeUserService, headers: Record<string, string> = {}) {
  const answer = await post(service, `${AUTH}/login/password`, { username: 'ana@example.com', password: 'Passw0rd!' }, headers);
  return answer.setCookie?.value ?? '';
}

describe('links in the inbox (flows.md F13, F15)', () => {
  it('land on the paths a storefront routes, on the origin of the request (its Host, or its full URL)', async () => {
    const service = createFakeUserService();
    const host = { host: 'shop.example.com:8443' };
    await post(service, `${AUTH}/login/password/reset`, { email: 'ana@example.com' }, host);
    const cookie = await signInAna(service, host);
    await post(service, `${PROFILE}/email`, { email: 'ana.work@example.com' }, host, cookie);
    await service.handle({
      method: 'PUT',
      url: 'https://www.acme.example/service/application/user/profile/v1.0/mobile',
      bodyText: JSON.stringify({ phone: '9000000060', country_code: '91' }),
      cookies: { fdk_session: cookie },
    });
    const links = service.inbox.map((message) => [message.kind, message.link?.replace(message.code, '<code>')]);
    expect(links).toEqual([
      ['reset-password', 'http://shop.example.com:8443/auth/set-password?code=<code>'],
      ['verify-email', 'http://shop.example.com:8443/auth/verify-email?code=<code>'],
      ['verify-mobile', 'https://www.acme.example/auth/verify-mobile?code=<code>'],
    ]);
    expect(service.issueLoginToken('ana@example.com')).toBe(service.lastCode('ana@example.com', 'login-link'));
    expect(service.lastMessage('ana@example.com', 'login-link')?.link).toMatch(/^https:\/\/www\.acme\.example\/auth\/login\?token=lt\d{6}$/);
  });

  it('issueLoginToken before any request writes http://localhost', () => {
    const service = createFakeUserService();
    const token = service.issueLoginToken('ben@example.com');
    expect(service.lastMessage('ben@example.com')?.link).toBe(`http://localhost/auth/login?token=${token}`);
  });

  it('linkBaseUrl and linkPaths override the origin and the paths', async () => {
    const service = createFakeUserService({
      linkBaseUrl: 'https://store.example/en/',
      linkPaths: { 'reset-password': '/account/reset/{code}?from=email' },
    });
    await post(service, `${AUTH}/login/password/reset`, { email: 'ana@example.com' }, { host: 'api.example' });
    const code = service.lastCode('ana@example.com') ?? '';
    expect(service.lastMessage('ana@example.com')?.link).toBe(`https://store.example/en/account/reset/${code}?from=email`);
    service.issueLoginToken('ana@example.com');
    expect(service.lastMessage('ana@example.com')?.link).toMatch(/^https:\/\/store\.example\/en\/auth\/login\?token=/);
    expect(FAKE_LINK_PATHS['verify-email']).toBe('/auth/verify-email?code={code}');
  });

  it('refuses link paths without {code} or without a leading slash', () => {
    expect(() => createFakeUserService({ linkPaths: { 'verify-email': '/auth/verify-email' } })).toThrow(FdkConfigError);
    expect(() => createFakeUserService({ linkPaths: { 'login-link': 'auth/login?token={code}' } })).toThrow(/linkPaths\['login-link'\]/);
  });
});
