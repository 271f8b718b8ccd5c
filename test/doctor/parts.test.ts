import { describe, expect, it } from 'vitest';
import { parseSetCookie } from '../../src/doctor/checkCookie';
import { maskSecret, redactSecrets } from '../../src/doctor/maskSecret';
import { siteOf } from '../../src/doctor/originChecks';

describe('maskSecret / redactSecrets', () => {
  it('shows at most the last 4 characters of a long secret, nothing of a short one', () => {
    expect(maskSecret('fake-application-token')).toBe('****oken');
    expect(maskSecret('short-token')).toBe('****');
    expect(maskSecret('abc')).toBe('****');
  });

  it('replaces every occurrence of each secret', () => {
    expect(redactSecrets('a fake-application-token b fake-application-token', ['fake-application-token', ''])).toBe('a ****oken b ****oken');
    expect(redactSecrets('the test account: secret test', ['test', '', 'secret'])).toBe('the test account: **** test');
  });
});

describe('parseSetCookie', () => {
  it('reads name, value and attributes (flags as empty strings, names in lower case)', () => {
    expect(parseSetCookie('fdk_session=a%3Db; Path=/; HttpOnly; SameSite=None; Secure; Max-Age=600')).toEqual({
      name: 'fdk_session',
      value: 'a%3Db',
      attributes: { path: '/', httponly: '', samesite: 'None', secure: '', 'max-age': '600' },
    });
    expect(parseSetCookie('no-equals-sign; HttpOnly')).toBeUndefined();
  });
});

describe('siteOf', () => {
  it.each([
    ['https://api.example.com', 'https://example.com'],
    ['https://shop.example.com:8443', 'https://example.com'],
    ['https://www.shop.co.uk', 'https://shop.co.uk'],
    ['https://api.fynd.com', 'https://fynd.com'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1'],
    ['http://localhost:5173', 'http://localhost'],
    ['http://[::1]:3000', 'http://[::1]'],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});
