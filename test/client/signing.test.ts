import { describe, expect, it } from 'vitest';
import { signRequest } from '../../src/index';
import { formatSigningDate, type SignableRequest } from '../../src/client/signing';
import { referenceCanonicalRequest, referenceSign } from '../helpers/referenceSigner';
import { sdkSign } from '../helpers/officialSdk';
import { readSpec } from '../helpers/userMd';

/** The spec's signing-vectors.json, byte for byte: requests and the signature the official SDK computes. */
const vectors: (SignableRequest & { name: string; signature: string })[] = [
  {
    name: 'getLoggedInUser',
    method: 'GET',
    url: 'https://api.fynd.com/service/application/user/authentication/v1.0/session',
    query: {},
    body: null,
    headers: { 'x-fp-date': '20211019T101500Z', 'x-fp-sdk-version': '0.1.14' },
    signature: 'v1.1:ecf5520e7ae2bcd30de11902282b77755c7be99636579939138ee2c66975c865',
  },
  {
    name: 'getPlatformConfig',
    method: 'GET',
    url: 'https://api.fynd.com/service/application/user/platform/v1.0/config',
    query: { name: 'Fynd' },
    body: null,
    headers: { 'x-fp-date': '20211019T101500Z', 'x-fp-sdk-version': '0.1.14' },
    signature: 'v1.1:acac4bc2c9c53dc5a7089e50e50d415339b40c038150e7ba678ef16dd1ec40c5',
  },
  {
    name: 'loginWithEmailAndPassword',
    method: 'POST',
    url: 'https://api.fynd.com/service/application/user/authentication/v1.0/login/password',
    query: {},
    body: '{"username":"akash@example.com","password":"S3cret!","captcha_code":""}',
    headers: { 'x-fp-date': '20220316T125345Z', 'x-fp-sdk-version': '0.1.14' },
    signature: 'v1.1:92b7a7744cc4e02d2d601d0933f8fa0ae47921b902587840def9b5431f206f7a',
  },
  {
    name: 'deleteEmail',
    method: 'DELETE',
    url: 'https://api.fynd.com/service/application/user/profile/v1.0/email',
    query: { platform: 'Fynd', active: true, primary: false, verified: true, email: 'akash@example.com' },
    body: null,
    headers: { 'x-fp-date': '20220316T125345Z', 'x-fp-sdk-version': '0.1.14' },
    signature: 'v1.1:fc8ad538c697e4a8499f18c6fa624237bb54baf9647c7b85eb494a6b8382c6de',
  },
  {
    name: 'sendOTPOnMobile',
    method: 'POST',
    url: 'https://api.fynd.com/service/application/user/authentication/v1.0/otp/mobile/send',
    query: { platform: 'Fynd' },
    body: '{"mobile":"8652523958","country_code":"91","action":"send"}',
    headers: { 'x-fp-date': '20220316T125345Z', 'x-fp-sdk-version': '0.1.14' },
    signature: 'v1.1:6d29c58e3c31b5f370a6cb0db9c670314cc06bd4e625efcb8ab4abc4c7fb0b70',
  },
  {
    name: 'localhostPort',
    method: 'GET',
    url: 'http://127.0.0.1:4010/service/application/user/authentication/v1.0/sessions',
    query: {},
    body: null,
    headers: { 'x-fp-date': '20261124T000000Z', 'x-fp-sdk-version': '0.1.14' },
    signature: 'v1.1:faac7787b0fde7e048ca524ab672c54fc8dfbe7d820b829bef699806d6bc67ae',
  },
];

/** The same request in the form the SDK's `sign()` takes: host with port, path with the query string. */
function forSdk(request: SignableRequest): Parameters<typeof sdkSign>[0] {
  const url = new URL(request.url);
  const query = new URLSearchParams(url.search);
  for (const [key, value] of Object.entries(request.query ?? {})) if (value !== undefined) query.append(key, String(value));
  const search = query.toString();
  return {
    method: request.method,
    host: url.host,
    path: url.pathname + (search ? `?${search}` : ''),
    ...(request.body ? { body: request.body } : {}),
    headers: { ...request.headers },
  };
}

describe('signRequest reproduces the signing vectors', () => {
  it('the vectors here are those of signing-vectors.json, byte for byte', () => {
    expect(vectors).toEqual(JSON.parse(readSpec('signing-vectors.json')));
  });

  it.each(vectors)('$name', async ({ signature, name: _name, ...request }) => {
    await expect(signRequest(request)).resolves.toBe(signature);
  });

  it.each(vectors)('the independent node:crypto signer agrees on $name', ({ signature, name: _name, ...request }) => {
    expect(referenceSign(request)).toBe(signature);
  });

  it.each(vectors)("the official SDK's sign() agrees on $name", ({ signature, name: _name, ...request }) => {
    expect(sdkSign(forSdk(request))).toBe(signature);
  });

  it('changes when any signed input changes (the vectors are not met by accident)', async () => {
    const [first] = vectors;
    if (!first) throw new Error('no vectors');
    const { signature, name: _name, ...request } = first;
    const variants: SignableRequest[] = [
      { ...request, method: 'POST' },
      { ...request, url: `${request.url}s` },
      { ...request, url: request.url.replace('api.fynd.com', 'api.fynd.com:8443') },
      { ...request, query: { a: '1' } },
      { ...request, body: '{}' },
      { ...request, headers: { ...request.headers, 'x-fp-date': '20211019T101501Z' } },
      { ...request, headers: { ...request.headers, 'x-fp-sdk-version': '0.1.15' } },
      { ...request, headers: { 'x-fp-date': '20211019T101500Z' } },
    ];
    for (const variant of variants) await expect(signRequest(variant)).resolves.not.toBe(signature);
  });
});

/** Cases of our own: expected signature from the node:crypto signer, and from the SDK where its inputs fit. */
const ownCases: { name: string; request: SignableRequest; sdk: boolean }[] = [
  {
    name: 'a non-default port with a JSON body',
    request: {
      method: 'POST',
      url: 'http://localhost:8080/service/application/user/authentication/v1.0/login/otp',
      query: { platform: 'Fynd' },
      body: '{"mobile":"8652523958","country_code":"91"}',
      headers: { 'x-fp-date': '20240229T235959Z' },
    },
    sdk: true,
  },
  {
    name: 'a default port written out (it is not part of the host)',
    request: {
      method: 'GET',
      url: 'https://api.fynd.com:443/service/application/user/authentication/v1.0/session',
      headers: { 'x-fp-date': '20240101T000000Z', 'x-fp-sdk-version': '0.1.14' },
    },
    sdk: true,
  },
  {
    name: '+ and spaces in query values (signed decoded)',
    request: {
      method: 'DELETE',
      url: 'https://api.fynd.com/service/application/user/profile/v1.0/email',
      query: { platform: 'Fynd Store', active: true, primary: false, verified: true, email: 'a+b c@example.com' },
      headers: { 'x-fp-date': '20220316T125345Z' },
    },
    sdk: true,
  },
  {
    name: 'the query given in the URL, percent-encoded',
    request: {
      method: 'DELETE',
      url: 'https://api.fynd.com/service/application/user/profile/v1.0/email?email=a%2Bb%20c%40example.com&platform=Fynd%20Store&active=true&primary=false&verified=true',
      headers: { 'x-fp-date': '20220316T125345Z' },
    },
    sdk: true,
  },
  {
    name: 'query keys sorted by code point (A < _ < a < b)',
    request: {
      method: 'GET',
      url: 'https://api.fynd.com/service/application/user/platform/v1.0/config',
      query: { b: '2', a: '1', _: 'u', A: 'upper', skipped: undefined },
      headers: { 'x-fp-date': '20220316T125345Z' },
    },
    sdk: true,
  },
  {
    name: 'a unicode body (UTF-8 hashed)',
    request: {
      method: 'POST',
      url: 'https://api.fynd.com/service/application/user/profile/v1.0/detail',
      query: { platform: 'Fynd' },
      body: JSON.stringify({ first_name: 'Zoë', last_name: 'Ünal-李', note: 'emoji 🙂 ok' }),
      headers: { 'x-fp-date': '20220316T125345Z', 'x-fp-sdk-version': '1.0.0' },
    },
    sdk: true,
  },
  {
    name: 'a nested body',
    request: {
      method: 'POST',
      url: 'https://api.fynd.com/service/application/user/authentication/v1.0/login/facebook-token',
      body: JSON.stringify({
        is_signed_in: true,
        oauth2: { access_token: 'tok', expiry: 5183999, refresh_token: '' },
        profile: { id: '1', full_name: 'Akash Mane', nested: { deeper: [1, { deepest: null }] } },
      }),
      headers: { 'x-fp-date': '20220316T125345Z' },
    },
    sdk: true,
  },
  {
    name: 'x-fp-* headers of any case, values trimmed and white space folded',
    request: {
      method: 'PUT',
      url: 'https://api.fynd.com/service/application/user/profile/v1.0/mobile',
      body: '{"country_code":"91","phone":"7400448798"}',
      headers: { 'x-fp-date': '20220316T125345Z', 'X-FP-Custom': '  a   b \t c  ', 'x-fp-sdk-version': ' 0.1.14 ' },
    },
    sdk: true,
  },
  {
    name: 'path segments re-encoded (%7E → ~, %20 kept)',
    request: {
      method: 'GET',
      url: 'https://api.fynd.com/service/a%7Eb/caf%C3%A9/x%20y',
      headers: { 'x-fp-date': '20220316T125345Z' },
    },
    sdk: true,
  },
  {
    name: 'a lower-case verb (signed upper-case)',
    request: {
      method: 'post',
      url: 'https://api.fynd.com/service/application/user/authentication/v1.0/login/token',
      body: '{"token":"t"}',
      headers: { 'x-fp-date': '20220316T125345Z' },
    },
    // The SDK signs the verb as given; the kit always sends it upper-case.
    sdk: false,
  },
];

describe('signRequest on cases of our own', () => {
  it.each(ownCases)('$name: matches the node:crypto implementation of request-signing.md', async ({ request }) => {
    const expected = referenceSign(request);
    expect(expected).toMatch(/^v1\.1:[0-9a-f]{64}$/);
    await expect(signRequest(request)).resolves.toBe(expected);
  });

  it.each(ownCases.filter((c) => c.sdk))("$name: matches the official SDK's sign()", async ({ request }) => {
    await expect(signRequest(request)).resolves.toBe(sdkSign(forSdk(request)));
  });

  it('signs a lower-case verb as the SDK signs the upper-case one', async () => {
    const request = ownCases.find((c) => !c.sdk)?.request;
    if (!request) throw new Error('case missing');
    await expect(signRequest(request)).resolves.toBe(sdkSign(forSdk({ ...request, method: 'POST' })));
  });

  it('writes the canonical request as request-signing.md shows it', () => {
    const canonical = referenceCanonicalRequest({
      method: 'get',
      url: 'http://127.0.0.1:4010/service/x',
      query: { b: 'x y', a: true },
      headers: { 'x-fp-date': '20261124T000000Z', authorization: 'Bearer abc' },
    });
    expect(canonical).toBe(
      [
        'GET',
        '/service/x',
        'a=true&b=x y',
        'host:127.0.0.1:4010\nx-fp-date:20261124T000000Z\n',
        'host;x-fp-date',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      ].join('\n'),
    );
  });

  it('gives the same signature for the query in the URL and as an object', async () => {
    const [inObject, inUrl] = [ownCases[2], ownCases[3]];
    if (!inObject || !inUrl) throw new Error('cases missing');
    const signature = await signRequest(inObject.request);
    await expect(signRequest(inUrl.request)).resolves.toBe(signature);
    // + decoded as a space (form encoding) is the same value as %20
    await expect(signRequest({ ...inUrl.request, url: inUrl.request.url.replace('%20c', '+c') })).resolves.toBe(signature);
  });

  it('ignores headers that are not x-fp-* (Authorization, Content-Type) and x-fp-signature itself', async () => {
    const base: SignableRequest = {
      method: 'POST',
      url: 'https://api.fynd.com/service/application/user/authentication/v1.0/login/token',
      body: '{"token":"t"}',
      headers: { 'x-fp-date': '20220316T125345Z' },
    };
    const signature = await signRequest(base);
    await expect(
      signRequest({
        ...base,
        headers: { ...base.headers, authorization: 'Bearer abc', 'content-type': 'application/json', 'x-fp-signature': 'v1.1:old' },
      }),
    ).resolves.toBe(signature);
  });

  it('refuses a request without x-fp-date', async () => {
    await expect(signRequest({ method: 'GET', url: 'https://api.fynd.com/x', headers: {} })).rejects.toThrow(TypeError);
  });
});

describe('formatSigningDate', () => {
  it.each([
    ['2022-03-16T12:53:45.123Z', '20220316T125345Z'],
    ['2021-10-19T10:15:00.000Z', '20211019T101500Z'],
    ['1999-12-31T23:59:59.999Z', '19991231T235959Z'],
  ])('formats %s as %s (UTC, no separators, no milliseconds)', (iso, expected) => {
    expect(formatSigningDate(new Date(iso))).toBe(expected);
  });

  it('uses UTC whatever the offset the date was written with', () => {
    expect(formatSigningDate(new Date('2022-03-16T18:23:45+05:30'))).toBe('20220316T125345Z');
  });
});
