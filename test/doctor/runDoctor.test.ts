import { afterEach, describe, expect, it } from 'vitest';
import { closedPortUrl, startPageServer, startProxy, startSilentServer } from './wrappers';
import { ana, CONFIG, closeServers, doctor, expectNoSecrets, lines, only, serve, skippedBecause, strictFake } from './harness';
import { fakeApplication } from '../../src/testing/createFakeUserService';

afterEach(closeServers);

describe('runDoctor against the strict fake User server', () => {
  it('all ok: same origin, credentials, signature, clock, PlatformSchema and the session cookie of a real sign-in', async () => {
    const fake = await strictFake();
    const report = await doctor(fake.url, { origin: fake.url, testLogin: ana });

    expect(report.findings.map((finding) => `${finding.check}: ${finding.status}`)).toEqual([
      'options: ok', 'reach: ok', 'endpoint: ok', 'clock: ok', 'credentials: ok', 'signature: ok', 'platform-config: ok', 'origin: ok', 'cookie: ok',
    ]);
    expect(report.ok).toBe(true);
    expect(report.summary).toEqual({ ok: 9, warn: 0, fail: 0 });
    expect(skippedBecause(report)).toEqual({ cors: 'same origin: no CORS' });
    expect(only(report, 'credentials').seen).toBe('Application fake-application (token ****oken) accepted (HTTP 200).');
    expect(only(report, 'signature').seen).toBe('The signed request (x-fp-date, x-fp-signature v1.1) was accepted (HTTP 200).');
    expect(only(report, 'endpoint').seen).toBe(`GET ${CONFIG} answers JSON (HTTP 200).`);
    expect(only(report, 'platform-config').seen).toBe('checkPlatformConfig finds nothing to warn about in the PlatformSchema of "Fynd".');
    expect(only(report, 'origin').seen).toBe(`The storefront and the API share one origin (${fake.url}): first-party session cookie, no CORS preflight.`);
    expect(only(report, 'cookie').seen).toBe(`Cookie fdk_session: SameSite=Lax; HttpOnly — sent with requests from ${fake.url} (same site).`);
    expect(report.findings.every((finding) => finding.fix === undefined)).toBe(true);
    // The doctor signed the test session out again.
    expect(fake.service.sessionsOf(ana.username)).toEqual([]);
    expect(report.applicationToken).toBe('****oken');
    expectNoSecrets(report, fakeApplication.applicationToken, ana.password);
  });

  it('wrong token: a 401 to getPlatformConfig names the Authorization header; what needs the credentials does not run', async () => {
    const fake = await strictFake();
    const report = await doctor(fake.url, { applicationToken: 'not-the-right-token', testLogin: ana });

    expect(only(report, 'credentials')).toEqual({
      check: 'credentials',
      status: 'fail',
      seen: `GET ${CONFIG}, which needs no shopper session, answered HTTP 401 "Invalid application credentials": the application credentials were refused.`,
      fix: "Check --application-id and --application-token against the storefront's application: the kit sends them as Authorization: Bearer base64(<application id>:<application token>).",
    });
    expect(only(report, 'endpoint').status).toBe('ok');
    expect(skippedBecause(report)).toMatchObject({ signature: 'credentials failed', 'platform-config': 'credentials failed', cookie: 'credentials failed' });
    expect(report.ok).toBe(false);
    expectNoSecrets(report, 'not-the-right-token', ana.password);
  });

  it('a token shorter than 5 characters is refused before any request', async () => {
    const server = await serve(startPageServer());
    const report = await doctor(server.url, { applicationToken: 'abc' });

    expect(only(report, 'options')).toEqual({
      check: 'options',
      status: 'fail',
      seen: 'The application token has 3 characters: the kit refuses a token shorter than 5 before any request (createUserClient throws FdkConfigError).',
      fix: "Pass the application's whole token (--application-token), as shown for the storefront's application.",
    });
    expect(report.findings).toHaveLength(1);
    expect(skippedBecause(report)).toMatchObject({ reach: 'options failed', cookie: 'no --test-login given', origin: 'no --origin given' });
    expect(server.requests).toEqual([]);
  });

  it('a base URL with the API path in it is refused before any request', async () => {
    const server = await serve(startPageServer());
    const report = await doctor(`${server.url}/service/application/user`);

    expect(lines(report, 'options')).toEqual([
      "fail: The base URL already holds a path under /service/ (/service/application/user): the kit adds each method's path (/service/application/user/…) itself.",
    ]);
    expect(server.requests).toEqual([]);
  });

  it('wrong signature (a proxy that corrupts x-fp-signature): 403 signed and unsigned; the credentials are still confirmed', async () => {
    const fake = await strictFake();
    const proxy = await serve(startProxy(fake.url, { request: (headers) => (headers['x-fp-signature'] ? { ...headers, 'x-fp-signature': `v1.1:${'0'.repeat(64)}` } : headers) }));
    const report = await doctor(proxy.url);

    expect(only(report, 'signature')).toEqual({
      check: 'signature',
      status: 'fail',
      seen: 'The signed request got HTTP 403 "Invalid request signature"; unsigned it gets HTTP 403 "Invalid request signature": the gateway wants a signature and does not accept this one.',
      fix: "The signature covers the method, path, query, Host, x-fp-* headers and body as the kit sends them: forward /service/* with the same Host and path (no prefix added or removed), leave x-fp-* headers alone, and keep the client's sign option on.",
    });
    expect(only(report, 'credentials')).toEqual({
      check: 'credentials',
      status: 'ok',
      seen: 'Application fake-application (token ****oken) accepted: with credentials no application has the gateway answers HTTP 401 "Invalid application credentials", with these it gets past them to HTTP 403 "Invalid request signature".',
    });
    expect(skippedBecause(report)).toMatchObject({ 'platform-config': 'signature failed' });
    // What reached the fake: the signed request, the unsigned one (no x-fp-signature), the one with other credentials.
    expect(proxy.requests.map((request) => [request.method, request.headers['x-fp-signature'] === undefined ? 'unsigned' : 'signed'])).toEqual([
      ['GET', 'signed'], ['GET', 'unsigned'], ['GET', 'signed'],
    ]);
  });

  it('wrong signature (a proxy that rewrites Host to its upstream): the same failure', async () => {
    const fake = await strictFake();
    const proxy = await serve(startProxy(fake.url, { request: (headers) => ({ ...headers, host: new URL(fake.url).host }) }));
    const report = await doctor(proxy.url);

    expect(only(report, 'signature').status).toBe('fail');
    expect(only(report, 'signature').seen).toMatch(/^The signed request got HTTP 403 "Invalid request signature"/);
    expect(report.ok).toBe(false);
  });

  it('clock skew: the Date of the answers 7 minutes ahead fails, 2 minutes warns; both say x-fp-date is signed', async () => {
    const fake = await strictFake();
    const far = await serve(startProxy(fake.url, { clockOffset: 7 * 60_000 }));
    const near = await serve(startProxy(fake.url, { clockOffset: -2 * 60_000 }));
    const [farReport, nearReport] = [await doctor(far.url), await doctor(near.url)];
    const fix = 'Synchronise the clock (NTP) of the machine that is off: the kit signs x-fp-date with the local time, and a gateway refuses signatures dated minutes away from its own.';

    expect(only(farReport, 'clock')).toMatchObject({ status: 'fail', fix });
    expect(only(farReport, 'clock').seen).toMatch(/^The server's Date is (6 min 59|7 min 0|7 min 1) s ahead of this machine's clock\.$/);
    expect(only(nearReport, 'clock')).toMatchObject({ status: 'warn', fix });
    expect(only(nearReport, 'clock').seen).toMatch(/^The server's Date is (1 min 59|2 min 0|2 min 1) s behind this machine's clock\.$/);
    // The fake does not check the date's freshness: the signature itself passes.
    expect(only(farReport, 'signature').status).toBe('ok');
    expect(nearReport.ok).toBe(true);
  });

  it('clock skew behind a 403: a gateway that refuses stale x-fp-date; the request signed with its time passes, so the clock is named', async () => {
    const fake = await strictFake();
    const gateway = await serve(startProxy(fake.url, { clockOffset: 7 * 60_000, refuseStaleDates: true }));
    const report = await doctor(gateway.url);

    expect(only(report, 'signature').status).toBe('fail');
    expect(only(report, 'signature').seen).toMatch(
      /^The signed request got HTTP 403 "Invalid request signature", the same request signed with the server's time passes: the clocks are 4(19|20|21) s apart\.$/,
    );
    expect(only(report, 'signature').fix).toBe('Synchronise the clock (NTP) of the machine that is off: x-fp-date is signed with the local time.');
    expect(only(report, 'credentials').seen).toBe("Application fake-application (token ****oken) accepted: the same request signed with the server's time passes.");
    expect(only(report, 'clock').status).toBe('fail');
  });

  it('a base URL that answers HTML (a storefront page server), or 404, is not where /service/application/user lives', async () => {
    const page = await serve(startPageServer(200));
    const missing = await serve(startPageServer(404));
    const [html, notFound] = [await doctor(page.url), await doctor(missing.url)];
    const fix =
      "Point baseUrl at the host that serves /service/application/user/… : the application's API domain, or the storefront's own origin when its server forwards /service/* to the API unchanged.";

    expect(only(html, 'endpoint')).toEqual({ check: 'endpoint', status: 'fail', seen: `GET ${CONFIG} answered HTTP 200 with an HTML page, not the User API's JSON.`, fix });
    expect(only(notFound, 'endpoint')).toEqual({ check: 'endpoint', status: 'fail', seen: `GET ${CONFIG} answered HTTP 404 with an HTML page: the User API is not there.`, fix });
    expect(only(html, 'reach').status).toBe('ok');
    expect(skippedBecause(html)).toMatchObject({ credentials: 'endpoint failed', signature: 'endpoint failed', 'platform-config': 'endpoint failed' });
  });

  it('an unreachable host: a closed port, and a server that never answers', async () => {
    const closed = await closedPortUrl();
    const silent = await serve(startSilentServer());
    const [refused, hanging] = [await doctor(closed), await doctor(silent.url, { timeout: 300 })];

    expect(only(refused, 'reach')).toEqual({
      check: 'reach',
      status: 'fail',
      seen: `Nothing accepts connections at ${new URL(closed).host} (connection refused).`,
      fix: 'Check the port in --base-url and that the server (or the proxy in front of it) is running.',
    });
    expect(only(hanging, 'reach')).toMatchObject({ status: 'fail', seen: `${new URL(silent.url).host} did not answer within 300 ms.` });
    expect(skippedBecause(refused)).toMatchObject({ endpoint: 'reach failed', clock: 'reach failed', credentials: 'reach failed' });
    expect(refused.ok).toBe(false);
  });

  it('a PlatformSchema with a warning (every sign-in method off): a warn with what to change; the run still passes', async () => {
    const fake = await strictFake({ preset: 'noSignInMethod' });
    const report = await doctor(fake.url);

    expect(only(report, 'platform-config')).toEqual({
      check: 'platform-config',
      status: 'warn',
      seen: 'login: Password login, OTP login and every social button are off: nobody can sign in. The screens show "no sign-in method". (no-sign-in-method)',
      fix: 'Turn on password login, OTP login or a social login for the application.',
    });
    expect(report.ok).toBe(true);
    expect(report.summary.warn).toBe(1);
  });

  it('--platform-name is passed to getPlatformConfig as name', async () => {
    const fake = await strictFake();
    const report = await doctor(fake.url, { platformName: 'noSignInMethod' });

    expect(only(report, 'endpoint').seen).toBe(`GET ${CONFIG}?name=noSignInMethod answers JSON (HTTP 200).`);
    expect(only(report, 'platform-config').seen).toMatch(/\(no-sign-in-method\)$/);
  });
});
