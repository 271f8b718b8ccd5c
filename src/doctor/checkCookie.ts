import type { DoctorContext } from './createDoctorContext';
import type { DoctorCheckResult } from './DoctorReport';
import { isSuccess, pathOf, statusText } from './answerText';
import { describeNetworkFailure } from './describeNetworkFailure';
import { isSameSite } from './originChecks';

/** One `Set-Cookie` header, read: name, value and attributes (names in lower case; flags map to `''`). */
export interface SetCookie {
  name: string;
  value: string;
  attributes: Record<string, string>;
}

/**
 * Reads a `Set-Cookie` header value; `undefined` when it has no `name=`.
 * @example
 * parseSetCookie('fdk_session=abc; Path=/; HttpOnly; SameSite=Lax');
 * // { name: 'fdk_session', value: 'abc', attributes: { path: '/', httponly: '', samesite: 'Lax' } }
 */
export function parseSetCookie(header: string): SetCookie | undefined {
  const [pair = '', ...parts] = header.split(';');
  const index = pair.indexOf('=');
  if (index <= 0) return undefined;
  const attributes: Record<string, string> = {};
  for (const part of parts) {
    const at = part.indexOf('=');
    const name = (at < 0 ? part : part.slice(0, at)).trim().toLowerCase();
    if (name !== '') attributes[name] = at < 0 ? '' : part.slice(at + 1).trim();
  }
  return { name: pair.slice(0, index).trim(), value: pair.slice(index + 1).trim(), attributes };
}

/** A `Set-Cookie` that deletes a cookie (empty, `Max-Age=0` or expired) rather than setting one. */
const isDeletion = (cookie: SetCookie) =>
  cookie.value === '' || cookie.attributes['max-age'] === '0' || Date.parse(cookie.attributes.expires ?? '') < Date.now();

function judge(ctx: DoctorContext, cookie: SetCookie): DoctorCheckResult[] {
  const { name, attributes } = cookie;
  const sameSite = (attributes.samesite ?? '').toLowerCase();
  const secure = 'secure' in attributes;
  const crossSite = ctx.origin !== undefined && !isSameSite(ctx);
  const shown = `SameSite=${attributes.samesite ?? '(none: Lax)'}${secure ? '; Secure' : ''}${'httponly' in attributes ? '; HttpOnly' : ''}`;
  const problems: DoctorCheckResult[] = [];
  if (!('httponly' in attributes)) {
    problems.push({ status: 'fail', seen: `Cookie ${name} lacks HttpOnly: scripts on the page can read the session.`, fix: `Set HttpOnly on ${name}.` });
  }
  if (sameSite === 'none' && !secure) {
    problems.push({ status: 'fail', seen: `Cookie ${name} is SameSite=None without Secure: browsers refuse it.`, fix: `Add Secure to ${name} (and serve the API on https).` });
  } else if (crossSite && (sameSite !== 'none' || !secure)) {
    problems.push({
      status: 'fail',
      seen: `Cookie ${name} is ${shown}: the browser does not send it with requests from ${ctx.origin}, another site.`,
      fix: `Cross-site the cookie needs SameSite=None; Secure (on https); better, serve the API on ${ctx.origin} itself.`,
    });
  }
  if (!secure && ctx.baseUrl.startsWith('https:') && problems.length === 0) {
    problems.push({ status: 'warn', seen: `Cookie ${name} lacks Secure on an https API.`, fix: `Add Secure to ${name}.` });
  }
  if (problems.length > 0) return problems;
  const context = ctx.origin === undefined ? '' : ` — sent with requests from ${ctx.origin}${crossSite ? '' : ' (same site)'}`;
  return [{ status: 'ok', seen: `Cookie ${name}: ${shown}${context}.` }];
}

/**
 * The session cookie of a real sign-in (`loginWithEmailAndPassword` with `--test-login`): `HttpOnly` always,
 * `SameSite=None; Secure` when the storefront is another site. The test session is signed out afterwards.
 * @example
 * const results = await checkCookie(ctx);
 */
export async function checkCookie(ctx: DoctorContext): Promise<DoctorCheckResult[]> {
  const login = await ctx.login();
  const username = ctx.options.testLogin?.username ?? '';
  if (!login.answer) return [{ status: 'fail', ...describeNetworkFailure(login.error, login.url, ctx.options.timeout) }];
  if (!isSuccess(login.answer)) {
    return [
      {
        status: 'fail',
        seen: `Signing in as ${username} (POST ${pathOf(login.url)}) answered ${statusText(login.answer)}.`,
        fix: 'Give a test account of this application that signs in with a password: --test-login <email or mobile>:<password>.',
      },
    ];
  }
  const cookies = login.answer.headers
    .getSetCookie()
    .map(parseSetCookie)
    .filter((cookie): cookie is SetCookie => cookie !== undefined && !isDeletion(cookie));
  if (cookies.length === 0) {
    return [
      {
        status: 'fail',
        seen: `Signing in as ${username} worked, but the answer sets no cookie.`,
        fix: 'The session is a cookie set by the API: let the proxy pass Set-Cookie through unchanged.',
      },
    ];
  }
  const results = cookies.flatMap((cookie) => judge(ctx, cookie));
  const logout = await ctx.logout(cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '));
  if (!isSuccess(logout.answer)) {
    results.push({
      status: 'warn',
      seen: `The test session could not be signed out (${logout.answer ? statusText(logout.answer) : 'no answer'}).`,
      fix: "End it from the test account's active sessions, or let it expire.",
    });
  }
  return results;
}
