import { describe, expect, it } from 'vitest';
import { FdkNetworkError, FdkTimeoutError } from '../../src/client/errors';
import { describeNetworkFailure } from '../../src/doctor/describeNetworkFailure';

/** What the kit's client throws when `fetch` fails in Node: FdkNetworkError → TypeError('fetch failed') → the system error. */
const fetchFailure = (code: string) =>
  new FdkNetworkError({ cause: Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(`getaddrinfo ${code}`), { code }) }) });

describe('describeNetworkFailure', () => {
  it.each([
    ['ENOTFOUND', 'DNS: api.example.com does not resolve (ENOTFOUND).', 'Check the host name in --base-url'],
    ['EAI_AGAIN', 'DNS: api.example.com does not resolve (EAI_AGAIN).', 'Check the host name in --base-url'],
    ['ECONNREFUSED', 'Nothing accepts connections at api.example.com (connection refused).', 'Check the port in --base-url'],
    ['ECONNRESET', 'api.example.com closed the connection without an answer (ECONNRESET).', "Check the server or proxy logs"],
    ['UND_ERR_CONNECT_TIMEOUT', 'No connection to api.example.com (UND_ERR_CONNECT_TIMEOUT).', 'Check that the host is reachable'],
    ['CERT_HAS_EXPIRED', 'TLS: the certificate of api.example.com was refused (CERT_HAS_EXPIRED).', 'Serve a certificate that browsers trust'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'TLS: the certificate of api.example.com was refused (DEPTH_ZERO_SELF_SIGNED_CERT).', 'Serve a certificate'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'TLS: the certificate of api.example.com was refused (ERR_TLS_CERT_ALTNAME_INVALID).', 'Serve a certificate'],
  ])('%s', (code, seen, fix) => {
    const failure = describeNetworkFailure(fetchFailure(code), 'https://api.example.com', 10_000);
    expect(failure.seen).toBe(seen);
    expect(failure.fix.startsWith(fix)).toBe(true);
  });

  it('a timeout, from the kit (FdkTimeoutError) or from fetch (AbortSignal.timeout)', () => {
    expect(describeNetworkFailure(new FdkTimeoutError(500), 'https://api.example.com', 500).seen).toBe('api.example.com did not answer within 500 ms.');
    const aborted = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(describeNetworkFailure(aborted, 'https://api.example.com', 800).seen).toBe('api.example.com did not answer within 800 ms.');
  });

  it('an error without a known code names what it has', () => {
    const failure = describeNetworkFailure(new FdkNetworkError({ cause: new TypeError('fetch failed', { cause: new Error('bad port') }) }), 'http://127.0.0.1:1', 10_000);
    expect(failure.seen).toBe('No answer from 127.0.0.1:1 (fetch failed: bad port).');
  });
});
