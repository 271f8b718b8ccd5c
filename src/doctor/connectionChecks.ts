import type { DoctorContext } from './createDoctorContext';
import type { DoctorCheckResult } from './DoctorReport';
import { answerJson, isHtml, isSuccess, pathOf, statusText } from './answerText';
import { describeNetworkFailure } from './describeNetworkFailure';

/** Clock skew above which the doctor warns, and above which it fails, in ms. */
export const CLOCK_SKEW_LIMITS = { warn: 60_000, fail: 300_000 } as const;

const ENDPOINT_FIX =
  'Point baseUrl at the host that serves /service/application/user/… : the application\'s API domain, or the storefront\'s own origin when its server forwards /service/* to the API unchanged.';

/**
 * The base URL answers at all: an HTTP answer of any status to the kit's `getPlatformConfig`, or why none came
 * (DNS, refused connection, TLS, timeout).
 * @example
 * const [result] = await checkReach(ctx); // { status: 'ok', seen: 'http://127.0.0.1:4010 answered (HTTP 200, 4 ms).' }
 */
export async function checkReach(ctx: DoctorContext): Promise<DoctorCheckResult[]> {
  const probe = await ctx.config();
  if (probe.answer) return [{ status: 'ok', seen: `${new URL(ctx.baseUrl).origin} answered (HTTP ${probe.answer.status}, ${probe.ms} ms).` }];
  const failure = describeNetworkFailure(probe.error, ctx.baseUrl, ctx.options.timeout);
  return [{ status: 'fail', ...failure }];
}

/**
 * `getPlatformConfig` answers JSON at `<base>/service/application/user/platform/v1.0/config`. An HTML page or a 404
 * there means the wrong base URL, or a storefront server that does not forward `/service/*`.
 * @example
 * const [result] = await checkEndpoint(ctx);
 */
export async function checkEndpoint(ctx: DoctorContext): Promise<DoctorCheckResult[]> {
  const { answer } = await ctx.config();
  if (!answer) return [];
  const path = pathOf(ctx.configUrl);
  const json = answerJson(answer) !== undefined;
  const html = isHtml(answer);
  const body = html ? 'an HTML page' : `${answer.headers.get('content-type') ?? 'a body'} that is not JSON`;
  if (answer.status === 404) {
    return [{ status: 'fail', seen: `GET ${path} answered HTTP 404${json ? '' : ` with ${body}`}: the User API is not there.`, fix: ENDPOINT_FIX }];
  }
  if (answer.status >= 500) {
    return [
      {
        status: 'fail',
        seen: `GET ${path} answered ${statusText(answer)}: the server, or a proxy in front of it, fails.`,
        fix: "Check the server's logs and the proxy's upstream for /service/*; run the doctor again once it answers.",
      },
    ];
  }
  if (!json) {
    return [{ status: 'fail', seen: `GET ${path} answered HTTP ${answer.status} with ${body}, not the User API's JSON.`, fix: ENDPOINT_FIX }];
  }
  const results: DoctorCheckResult[] = [];
  if (answer.redirected) {
    results.push({
      status: 'warn',
      seen: `GET ${path} was redirected to ${answer.url}.`,
      fix: 'Use the final URL as baseUrl: browsers do not follow redirects of preflighted requests, and the signature covers the host and path.',
    });
  }
  if (isSuccess(answer) || answer.status === 401 || answer.status === 403) {
    results.unshift({ status: 'ok', seen: `GET ${path} answers JSON (${statusText(answer)}).` });
  } else {
    results.unshift({
      status: 'warn',
      seen: `GET ${path} answered JSON with ${statusText(answer)}.`,
      fix: 'Check --platform-name, and that the base URL is the User API of a Fynd application.',
    });
  }
  return results;
}

function duration(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`;
}

/**
 * The server's `Date` against the local clock: above 1 minute apart a warning, above 5 a failure, because
 * `x-fp-date` is signed with the local time and a gateway refuses signatures dated too far off.
 * @example
 * const [result] = await checkClock(ctx); // { status: 'ok', seen: "This machine's clock is within 0 s of the server's." }
 */
export async function checkClock(ctx: DoctorContext): Promise<DoctorCheckResult[]> {
  const skew = await ctx.skew();
  if (skew === undefined) {
    return [
      {
        status: 'warn',
        seen: 'The answer has no Date header: the clocks could not be compared.',
        fix: "Compare this machine's clock with a time server: x-fp-date is signed with the local time.",
      },
    ];
  }
  const fix =
    'Synchronise the clock (NTP) of the machine that is off: the kit signs x-fp-date with the local time, and a gateway refuses signatures dated minutes away from its own.';
  const seen = `The server's Date is ${duration(skew)} ${skew > 0 ? 'ahead of' : 'behind'} this machine's clock.`;
  if (Math.abs(skew) > CLOCK_SKEW_LIMITS.fail) return [{ status: 'fail', seen, fix }];
  if (Math.abs(skew) > CLOCK_SKEW_LIMITS.warn) return [{ status: 'warn', seen, fix }];
  return [{ status: 'ok', seen: `This machine's clock is within ${duration(skew)} of the server's (Date header).` }];
}
