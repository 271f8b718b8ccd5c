import { describe, expect, it } from 'vitest';
import { normalizeResponse, responseKeyAliases } from '../../src/schemas/lenient';

/** Keys that a plain object inherits from `Object.prototype`, plus `__proto__`. */
const inheritedNames = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString', '__proto__'];

describe('normalizeResponse: keys named like Object.prototype members', () => {
  it.each(inheritedNames)('keeps %j as it is, at the top and nested', (key) => {
    const raw = JSON.parse(`{"${key}": "top", "user": {"${key}": 7, "first_name": "Ana"}, "list": [{"${key}": true}]}`) as Record<string, unknown>;
    const result = normalizeResponse(raw) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual([key, 'user', 'list']);
    expect(Object.getOwnPropertyDescriptor(result, key)?.value).toBe('top');
    const user = result.user as Record<string, unknown>;
    expect(Object.keys(user)).toEqual([key, 'first_name']);
    expect(Object.getOwnPropertyDescriptor(user, key)?.value).toBe(7);
    expect(Object.getOwnPropertyDescriptor((result.list as Record<string, unknown>[])[0], key)?.value).toBe(true);
  });

  it('does not let "__proto__" change a prototype', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": 1, "user": {"first_name": "Eve"}}, "nested": {"__proto__": {"admin": true}}}') as unknown;
    const result = normalizeResponse(raw) as Record<string, unknown>;
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.nested)).toBe(Object.prototype);
    expect('user' in result).toBe(false);
    expect((result.nested as Record<string, unknown>).admin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(result, '__proto__')?.value).toEqual({ polluted: 1, user: { first_name: 'Eve' } });
  });

  it('renames only the documented aliases', () => {
    expect(Object.keys(responseKeyAliases).sort()).toEqual(['appId', 'registerToken', 'resendToken', 'userExists']);
    expect(normalizeResponse({ resendToken: 'r', userExists: false, registerToken: 't', appId: 'a' })).toEqual({
      resend_token: 'r',
      user_exists: false,
      register_token: 't',
      app_id: 'a',
    });
    // An alias whose snake_case twin is there too stays as it is.
    expect(normalizeResponse({ resendToken: 'camel', resend_token: 'snake' })).toEqual({ resendToken: 'camel', resend_token: 'snake' });
  });
});
