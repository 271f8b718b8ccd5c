import { createUserClient } from '../client/createUserClient';
import { isFdkConfigError } from '../client/errors';
import type { DoctorContext } from './createDoctorContext';
import type { DoctorCheckResult } from './DoctorReport';
import { maskSecret } from './maskSecret';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Problems of the base URL as written, before any request. */
function baseUrlProblems(baseUrl: string): DoctorCheckResult[] {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return [{ status: 'fail', seen: `--base-url "${baseUrl}" is not a URL.`, fix: 'Give the full URL with its scheme, such as https://api.example.com.' }];
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return [{ status: 'fail', seen: `--base-url uses ${url.protocol}, not http: or https:.`, fix: 'Give an https:// URL (http:// only for a local server).' }];
  }
  const problems: DoctorCheckResult[] = [];
  if (url.pathname.includes('/service/')) {
    problems.push({
      status: 'fail',
      seen: `The base URL already holds a path under /service/ (${url.pathname}): the kit adds each method's path (/service/application/user/…) itself.`,
      fix: `Give the origin only (${url.origin}), plus the prefix under which a proxy serves /service/*, if any.`,
    });
  }
  if (url.search !== '' || url.hash !== '') {
    problems.push({ status: 'fail', seen: 'The base URL has a query string or a fragment.', fix: `Give the origin only (${url.origin}).` });
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    problems.push({
      status: 'warn',
      seen: `The base URL is plain http on ${url.hostname}: browsers block calls to it from https pages and drop Secure cookies.`,
      fix: `Use https://${url.host}.`,
    });
  }
  return problems;
}

/**
 * The options as the kit sees them, before any request: `createUserClient` must accept them (a token shorter than
 * 5 characters is refused), the base URL must be an http(s) URL without the API path in it, `--origin` an origin.
 * @example
 * const results = await checkOptions(ctx); // [{ status: 'ok', seen: 'Base URL …' }]
 */
export async function checkOptions(ctx: DoctorContext): Promise<DoctorCheckResult[]> {
  const { baseUrl, applicationId, applicationToken, origin } = ctx.options;
  const results: DoctorCheckResult[] = [];
  try {
    createUserClient({ baseUrl, applicationId, applicationToken });
  } catch (error) {
    if (!isFdkConfigError(error)) throw error;
    const short = typeof applicationToken === 'string' && applicationToken.trim() !== '' && applicationToken.length < 5;
    results.push({
      status: 'fail',
      seen: short
        ? `The application token has ${applicationToken.length} characters: the kit refuses a token shorter than 5 before any request (createUserClient throws FdkConfigError).`
        : `The kit refuses these options before any request: ${error.message}`,
      fix: short
        ? "Pass the application's whole token (--application-token), as shown for the storefront's application."
        : "Pass the storefront application's --base-url, --application-id and --application-token (createUserClient's baseUrl, applicationId, applicationToken).",
    });
  }
  results.push(...baseUrlProblems(ctx.baseUrl));
  if (origin !== undefined && ctx.origin === undefined) {
    results.push({
      status: 'fail',
      seen: `--origin "${origin}" is not an http(s) origin.`,
      fix: "Give the storefront page's origin: scheme, host and port, such as https://shop.example.com.",
    });
  }
  if (results.every((result) => result.status !== 'fail')) {
    results.unshift({
      status: 'ok',
      seen: `Base URL ${ctx.baseUrl}, application ${applicationId}, token ${maskSecret(applicationToken)} (${applicationToken.length} characters).`,
    });
  }
  return results;
}
