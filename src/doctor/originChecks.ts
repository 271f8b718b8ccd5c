import type { DoctorContext, RawAnswer } from './createDoctorContext';
import { PREFLIGHT_HEADERS } from './createDoctorContext';
import type { DoctorCheckResult } from './DoctorReport';
import { isSuccess, pathOf } from './answerText';
import { describeNetworkFailure } from './describeNetworkFailure';

/** Second-level labels under which a country code top-level domain sells names (`shop.co.uk`): a short list. */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'ne', 'or', 'go']);

/**
 * The "site" of a URL for cookies: scheme plus registrable domain. IP addresses and single-label hosts stand for
 * themselves; otherwise the last two labels (three under `co.uk`-like suffixes). An approximation of the Public
 * Suffix List, enough to tell `shop.example.com` / `api.example.com` (same site) from `shop.com` / `api.fynd.com`.
 * @example
 * siteOf('https://api.example.com'); // 'https://example.com'
 */
export function siteOf(url: string): string {
  const { protocol, hostname } = new URL(url);
  const labels = hostname.split('.');
  if (/^[\d.]+$/.test(hostname) || hostname.startsWith('[') || labels.length <= 2) return `${protocol}//${hostname}`;
  const keep = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  return `${protocol}//${labels.slice(-keep).join('.')}`;
}

/** Whether the storefront and the API are the same site (their cookies are first-party to each other). */
export const isSameSite = (ctx: DoctorContext): boolean => ctx.origin !== undefined && siteOf(ctx.origin) === siteOf(ctx.baseUrl);

/**
 * Same-origin or cross-origin: the API on the storefront's own origin (first-party cookie, no CORS preflight; how
 * Fynd's own storefronts call it) is the recommended setup. Cross-origin works only with CORS and credentials.
 * @example
 * const [result] = await checkOrigin(ctx);
 */
export async function checkOrigin(ctx: DoctorContext): Promise<DoctorCheckResult[]> {
  const origin = ctx.origin!;
  const api = new URL(ctx.baseUrl).origin;
  if (!ctx.crossOrigin) {
    return [{ status: 'ok', seen: `The storefront and the API share one origin (${origin}): first-party session cookie, no CORS preflight.` }];
  }
  if (origin.startsWith('https:') && api.startsWith('http:')) {
    return [
      {
        status: 'fail',
        seen: `The storefront ${origin} is https, the API ${api} plain http: browsers block the calls (mixed content).`,
        fix: 'Serve the API over https, or forward /service/* on the storefront origin.',
      },
    ];
  }
  const cookie = isSameSite(ctx)
    ? 'same site: the session cookie stays first-party, but every signed request costs a CORS preflight'
    : 'cross-site: the session cookie is a third-party cookie, which Safari and Firefox block by default';
  return [
    {
      status: 'warn',
      seen: `Cross-origin: the storefront is ${origin}, the API ${api} (${cookie}).`,
      fix: `Recommended: forward ${origin}/service/* to ${api} on the storefront's server and set baseUrl to ${origin}.`,
    },
  ];
}

const list = (value: string | null) => (value ?? '').split(',').map((item) => item.trim().toLowerCase()).filter(Boolean);

/** What is wrong with the CORS headers of an answer for the storefront origin, and what to change. */
function corsProblems(answer: RawAnswer, origin: string, what: string, where: string): DoctorCheckResult[] {
  const problems: DoctorCheckResult[] = [];
  const allowOrigin = answer.headers.get('access-control-allow-origin')?.trim() ?? null;
  const originFix = `Answer Access-Control-Allow-Origin: ${origin} (the origin itself, with Vary: Origin) ${where}.`;
  if (allowOrigin === null) problems.push({ status: 'fail', seen: `${what} has no Access-Control-Allow-Origin.`, fix: originFix });
  else if (allowOrigin === '*') {
    problems.push({ status: 'fail', seen: `${what} has Access-Control-Allow-Origin: *, which browsers refuse for requests with credentials.`, fix: originFix });
  } else if (allowOrigin !== origin) problems.push({ status: 'fail', seen: `${what} allows the origin ${allowOrigin}, not ${origin}.`, fix: originFix });
  const credentials = answer.headers.get('access-control-allow-credentials')?.trim() ?? null;
  if (credentials !== 'true') {
    problems.push({
      status: 'fail',
      seen: `${what} has ${credentials === null ? 'no Access-Control-Allow-Credentials' : `Access-Control-Allow-Credentials: ${credentials}`}: the browser withholds the session cookie.`,
      fix: `Answer Access-Control-Allow-Credentials: true ${where}: the kit sends every request with credentials (the session cookie).`,
    });
  }
  return problems;
}

/**
 * CORS for a cross-origin storefront: a preflight as a browser sends it before the kit's POSTs (`OPTIONS` with
 * `Origin`, `Access-Control-Request-Method: POST` and the kit's headers) must allow that very origin (not `*`),
 * credentials, and the headers `authorization, content-type, x-fp-date, x-fp-signature`; the answers themselves
 * must carry the origin and credentials too.
 * @example
 * const results = await checkCors(ctx);
 */
export async function checkCors(ctx: DoctorContext): Promise<DoctorCheckResult[]> {
  const origin = ctx.origin!;
  const preflight = await ctx.preflight();
  if (!preflight.answer) return [{ status: 'fail', ...describeNetworkFailure(preflight.error, preflight.url, ctx.options.timeout) }];
  const request = `OPTIONS ${pathOf(preflight.url)}`;
  if (!isSuccess(preflight.answer)) {
    return [
      {
        status: 'fail',
        seen: `The preflight (${request} from ${origin}) answered HTTP ${preflight.answer.status}.`,
        fix: 'Answer OPTIONS on /service/* with 204 and the CORS headers (Allow-Origin, Allow-Credentials, Allow-Headers).',
      },
    ];
  }
  const problems = corsProblems(preflight.answer, origin, `The preflight (${request})`, 'to preflights');
  const allowed = list(preflight.answer.headers.get('access-control-allow-headers'));
  const missing = PREFLIGHT_HEADERS.filter((header) => !allowed.includes(header));
  if (missing.length > 0) {
    problems.push({
      status: 'fail',
      seen: `The preflight's Access-Control-Allow-Headers (${allowed.join(', ') || 'none'}) lacks ${missing.join(', ')}.`,
      fix: `Allow the headers the kit sends: Access-Control-Allow-Headers: ${PREFLIGHT_HEADERS.join(', ')}.`,
    });
  }
  const actual = (await ctx.config()).answer;
  if (actual && problems.length === 0) {
    problems.push(...corsProblems(actual, origin, `The answer to GET ${pathOf(ctx.configUrl)}`, 'on every answer, not only to preflights'));
  }
  if (problems.length > 0) return problems;
  return [
    {
      status: 'ok',
      seen: `CORS allows ${origin} with credentials and the headers ${PREFLIGHT_HEADERS.join(', ')} (preflight HTTP ${preflight.answer.status}).`,
    },
  ];
}
