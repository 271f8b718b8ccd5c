import { isFdkError, isFdkTimeoutError } from '../client/errors';

/** What went wrong with a request that got no answer, and what to change. */
export interface NetworkFailure {
  seen: string;
  fix: string;
}

interface NetworkReason {
  /** Whether an error code (Node's `code`, such as `ENOTFOUND`) is of this kind. */
  matches: (code: string) => boolean;
  seen: (host: string, code: string) => string;
  fix: string;
}

/** The kinds of "no answer" the doctor tells apart, by the error code Node gives. */
const networkReasons: readonly NetworkReason[] = [
  {
    matches: (code) => ['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL'].includes(code),
    seen: (host, code) => `DNS: ${host} does not resolve (${code}).`,
    fix: 'Check the host name in --base-url (a typo, or a domain not set up yet).',
  },
  {
    matches: (code) => code === 'ECONNREFUSED',
    seen: (host) => `Nothing accepts connections at ${host} (connection refused).`,
    fix: 'Check the port in --base-url and that the server (or the proxy in front of it) is running.',
  },
  {
    matches: (code) => ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'].includes(code),
    seen: (host, code) => `${host} closed the connection without an answer (${code}).`,
    fix: 'Check the server or proxy logs; an https: server reached with http: (or the reverse) does this too.',
  },
  {
    matches: (code) => ['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code),
    seen: (host, code) => `No connection to ${host} (${code}).`,
    fix: 'Check that the host is reachable from this machine (firewall, VPN, proxy settings).',
  },
  {
    matches: (code) => /CERT|SSL|TLS|EPROTO|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(code),
    seen: (host, code) => `TLS: the certificate of ${host} was refused (${code}).`,
    fix: 'Serve a certificate that browsers trust for this host name (for local https, a trusted development CA such as mkcert).',
  },
];

/** The `code` and `message` of an error and of its causes, outermost first. */
function causes(error: unknown): { codes: string[]; messages: string[] } {
  const codes: string[] = [];
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    // The kit's own error (code NETWORK_ERROR, a generic message) says nothing of the cause: skip it.
    if (!isFdkError(current)) {
      if (typeof code === 'string') codes.push(code);
      if (typeof message === 'string' && message !== '') messages.push(message);
    }
    current = cause;
  }
  return { codes, messages };
}

function isTimeout(error: unknown): boolean {
  return isFdkTimeoutError(error) || (error instanceof Error && error.name === 'TimeoutError');
}

/**
 * Says why a request got no answer (DNS, refused connection, reset, TLS, timeout) from the error the kit's client
 * (or `fetch`) threw, walking its `cause` chain for Node's error code.
 * @example
 * const { seen, fix } = describeNetworkFailure(error, 'https://api.example.com', 10_000);
 */
export function describeNetworkFailure(error: unknown, url: string, timeout: number): NetworkFailure {
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // Not a URL: name it as given.
  }
  if (isTimeout(error)) {
    return {
      seen: `${host} did not answer within ${timeout} ms.`,
      fix: 'Check that the server answers (it may hang, or a firewall may drop the packets); --timeout gives it longer.',
    };
  }
  const { codes, messages } = causes(error);
  for (const code of codes) {
    const reason = networkReasons.find((candidate) => candidate.matches(code));
    if (reason) return { seen: reason.seen(host, code), fix: reason.fix };
  }
  const detail = messages.join(': ') || 'no detail';
  return {
    seen: `No answer from ${host} (${codes[0] ?? detail}).`,
    fix: 'Check the URL in --base-url, and that this machine can reach the host.',
  };
}
