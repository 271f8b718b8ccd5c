import { afterEach, describe, expect, it } from 'vitest';
import type { OutgoingHttpHeaders } from 'node:http';
import { goodCors, startPageServer, startProxy } from './wrappers';
import { ana, CONFIG, closeServers, doctor, expectNoSecrets, lines, only, serve, strictFake } from './harness';
import { fakeApplication } from '../../src/testing/createFakeUserService';

const PREFLIGHT = 'OPTIONS /service/application/user/authentication/v1.0/login/otp';
const STOREFRONT = 'http://localhost:5173'; // another site than 127.0.0.1
const SAME_SITE = 'http://127.0.0.1:5173'; // another origin, same site

afterEach(closeServers);

describe('runDoctor with a cross-origin storefront', () => {
  it('a preflight that answers Allow-Origin * and no Allow-Credentials fails, with the header to send', async () => {
    const fake = await strictFake({ allowedOrigins: [STOREFRONT, SAME_SITE] });
    const proxy = await serve(startProxy(fake.url, { preflight: () => ({ 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' }) }));
    const report = await doctor(proxy.url, { origin: STOREFRONT });

    expect(lines(report, 'cors')).toEqual([
      `fail: The preflight (${PREFLIGHT}) has Access-Control-Allow-Origin: *, which browsers refuse for requests with credentials.`,
      `fail: The preflight (${PREFLIGHT}) has no Access-Control-Allow-Credentials: the browser withholds the session cookie.`,
      "fail: The preflight's Access-Control-Allow-Headers (*) lacks authorization, content-type, x-fp-date, x-fp-signature.",
    ]);
    expect(report.findings.filter((finding) => finding.check === 'cors').map((finding) => finding.fix)).toEqual([
      `Answer Access-Control-Allow-Origin: ${STOREFRONT} (the origin itself, with Vary: Origin) to preflights.`,
      'Answer Access-Control-Allow-Credentials: true to preflights: the kit sends every request with credentials (the session cookie).',
      'Allow the headers the kit sends: Access-Control-Allow-Headers: authorization, content-type, x-fp-date, x-fp-signature.',
    ]);
    expect(only(report, 'origin')).toEqual({
      check: 'origin',
      status: 'warn',
      seen: `Cross-origin: the storefront is ${STOREFRONT}, the API ${proxy.url} (cross-site: the session cookie is a third-party cookie, which Safari and Firefox block by default).`,
      fix: `Recommended: forward ${STOREFRONT}/service/* to ${proxy.url} on the storefront's server and set baseUrl to ${STOREFRONT}.`,
    });
    const preflight = proxy.requests.find((request) => request.method === 'OPTIONS')!;
    expect(preflight.headers).toMatchObject({
      origin: STOREFRONT,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, x-fp-date, x-fp-signature',
    });
    expect(report.ok).toBe(false);
  });

  it('a preflight for another origin, without the x-fp-* headers, and a 405 to OPTIONS', async () => {
    const fake = await strictFake({ allowedOrigins: [STOREFRONT, SAME_SITE] });
    const other = await serve(
      startProxy(fake.url, { preflight: () => ({ ...goodCors('https://other.example.com'), 'access-control-allow-headers': 'Authorization, Content-Type' }) }),
    );
    const report = await doctor(other.url, { origin: STOREFRONT });
    expect(lines(report, 'cors')).toEqual([
      `fail: The preflight (${PREFLIGHT}) allows the origin https://other.example.com, not ${STOREFRONT}.`,
      "fail: The preflight's Access-Control-Allow-Headers (authorization, content-type) lacks x-fp-date, x-fp-signature.",
    ]);

    const page = await serve(startPageServer(405));
    const refused = await doctor(page.url, { origin: STOREFRONT });
    expect(lines(refused, 'cors')).toEqual([`fail: The preflight (${PREFLIGHT} from ${STOREFRONT}) answered HTTP 405.`]);
  });

  it('a good preflight but answers without the CORS headers', async () => {
    const fake = await strictFake({ allowedOrigins: [STOREFRONT, SAME_SITE] });
    const strip = (headers: OutgoingHttpHeaders) => Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith('access-control-')));
    const proxy = await serve(startProxy(fake.url, { preflight: goodCors, response: strip }));
    const report = await doctor(proxy.url, { origin: STOREFRONT });

    expect(lines(report, 'cors')).toEqual([
      `fail: The answer to GET ${CONFIG} has no Access-Control-Allow-Origin.`,
      `fail: The answer to GET ${CONFIG} has no Access-Control-Allow-Credentials: the browser withholds the session cookie.`,
    ]);
    expect(report.findings.filter((finding) => finding.check === 'cors').map((finding) => finding.fix)).toEqual([
      `Answer Access-Control-Allow-Origin: ${STOREFRONT} (the origin itself, with Vary: Origin) on every answer, not only to preflights.`,
      'Answer Access-Control-Allow-Credentials: true on every answer, not only to preflights: the kit sends every request with credentials (the session cookie).',
    ]);
  });

  it('good CORS from another site: CORS ok, but the SameSite=Lax session cookie of a real sign-in fails', async () => {
    const fake = await strictFake({ allowedOrigins: [STOREFRONT, SAME_SITE] });
    const proxy = await serve(startProxy(fake.url, { preflight: goodCors, response: (headers) => ({ ...headers, ...goodCors(STOREFRONT) }) }));
    const report = await doctor(proxy.url, { origin: STOREFRONT, testLogin: ana });

    expect(lines(report, 'cors')).toEqual([
      `ok: CORS allows ${STOREFRONT} with credentials and the headers authorization, content-type, x-fp-date, x-fp-signature (preflight HTTP 204).`,
    ]);
    expect(only(report, 'cookie')).toEqual({
      check: 'cookie',
      status: 'fail',
      seen: `Cookie fdk_session is SameSite=Lax; HttpOnly: the browser does not send it with requests from ${STOREFRONT}, another site.`,
      fix: `Cross-site the cookie needs SameSite=None; Secure (on https); better, serve the API on ${STOREFRONT} itself.`,
    });
    // The login carried the storefront's Origin, as a browser's would.
    expect(proxy.requests.find((request) => request.method === 'POST')?.headers.origin).toBe(STOREFRONT);
    expect(fake.service.sessionsOf(ana.username)).toEqual([]);
  });

  it('good CORS from the same site: the Lax cookie works; a cookie without HttpOnly fails', async () => {
    const fake = await strictFake({ allowedOrigins: [STOREFRONT, SAME_SITE] });
    const withCors = (headers: OutgoingHttpHeaders) => ({ ...headers, ...goodCors(SAME_SITE) });
    const proxy = await serve(startProxy(fake.url, { preflight: goodCors, response: withCors }));
    const leaky = await serve(
      startProxy(fake.url, {
        preflight: goodCors,
        response: (headers) => {
          const cookies = headers['set-cookie'];
          return { ...withCors(headers), ...(Array.isArray(cookies) ? { 'set-cookie': cookies.map((cookie) => cookie.replace('; HttpOnly', '')) } : {}) };
        },
      }),
    );
    const [report, leakyReport] = [await doctor(proxy.url, { origin: SAME_SITE, testLogin: ana }), await doctor(leaky.url, { origin: SAME_SITE, testLogin: ana })];

    expect(only(report, 'origin').seen).toBe(
      `Cross-origin: the storefront is ${SAME_SITE}, the API ${proxy.url} (same site: the session cookie stays first-party, but every signed request costs a CORS preflight).`,
    );
    expect(lines(report, 'cookie')).toEqual([`ok: Cookie fdk_session: SameSite=Lax; HttpOnly — sent with requests from ${SAME_SITE} (same site).`]);
    expect(only(leakyReport, 'cookie')).toEqual({
      check: 'cookie',
      status: 'fail',
      seen: 'Cookie fdk_session lacks HttpOnly: scripts on the page can read the session.',
      fix: 'Set HttpOnly on fdk_session.',
    });
  });

  it('a cookie rewritten to SameSite=None: refused without Secure, sent cross-site with Secure', async () => {
    const fake = await strictFake({ allowedOrigins: [STOREFRONT, SAME_SITE] });
    const rewrite = (attributes: string) =>
      startProxy(fake.url, {
        preflight: goodCors,
        response: (headers) => {
          const cookies = headers['set-cookie'];
          return { ...headers, ...goodCors(STOREFRONT), ...(Array.isArray(cookies) ? { 'set-cookie': cookies.map((cookie) => cookie.replace('SameSite=Lax', attributes)) } : {}) };
        },
      });
    const [insecure, secure] = [await serve(rewrite('SameSite=None')), await serve(rewrite('SameSite=None; Secure'))];
    const [insecureReport, secureReport] = [await doctor(insecure.url, { origin: STOREFRONT, testLogin: ana }), await doctor(secure.url, { origin: STOREFRONT, testLogin: ana })];

    expect(only(insecureReport, 'cookie')).toEqual({
      check: 'cookie',
      status: 'fail',
      seen: 'Cookie fdk_session is SameSite=None without Secure: browsers refuse it.',
      fix: 'Add Secure to fdk_session (and serve the API on https).',
    });
    expect(lines(secureReport, 'cookie')).toEqual([`ok: Cookie fdk_session: SameSite=None; Secure; HttpOnly — sent with requests from ${STOREFRONT}.`]);
  });

  it('a test login that does not work says so, without printing the password', async () => {
    const fake = await strictFake({ allowedOrigins: [STOREFRONT, SAME_SITE] });
    const report = await doctor(fake.url, { testLogin: { username: ana.username, password: 'Wr0ng-secret!' } });

    expect(only(report, 'cookie')).toEqual({
      check: 'cookie',
      status: 'fail',
      seen: 'Signing in as ana@example.com (POST /service/application/user/authentication/v1.0/login/password) answered HTTP 400 "Password or username is incorrect".',
      fix: 'Give a test account of this application that signs in with a password: --test-login <email or mobile>:<password>.',
    });
    expectNoSecrets(report, fakeApplication.applicationToken, 'Wr0ng-secret!');
  });
});
