import type { DoctorContext, Probe } from './createDoctorContext';
import type { DoctorCheckResult } from './DoctorReport';
import { isSuccess, pathOf, statusText } from './answerText';
import { CLOCK_SKEW_LIMITS } from './connectionChecks';
import { maskSecret } from './maskSecret';

const HEADER = 'Authorization: Bearer base64(<application id>:<application token>)';

const status = (probe: Probe) => (probe.answer ? statusText(probe.answer) : 'no answer');

/**
 * The application credentials: a 401 to `getPlatformConfig` (which needs no user session) means a wrong
 * application id or token. When the signed request gets a 403 instead, the same request unsigned and one with
 * credentials no application has tell whether the credentials were accepted before the signature was refused.
 * @example
 * const [result] = await checkCredentials(ctx);
 */
export async function checkCredentials(ctx: DoctorContext): Promise<DoctorCheckResult[]> {
  const signed = await ctx.config();
  const { applicationId, applicationToken } = ctx.options;
  const answer = signed.answer;
  if (!answer) return [];
  const accepted = `Application ${applicationId} (token ${maskSecret(applicationToken)})`;
  if (answer.status === 401) {
    return [
      {
        status: 'fail',
        seen: `GET ${pathOf(ctx.configUrl)}, which needs no shopper session, answered ${statusText(answer)}: the application credentials were refused.`,
        fix: `Check --application-id and --application-token against the storefront's application: the kit sends them as ${HEADER}.`,
      },
    ];
  }
  if (answer.status !== 403) return [{ status: 'ok', seen: `${accepted} accepted (${statusText(answer)}).` }];
  const unsigned = await ctx.unsigned();
  if (isSuccess(unsigned.answer)) return [{ status: 'ok', seen: `${accepted} accepted: the same request unsigned passes (${status(unsigned)}).` }];
  const skew = await ctx.skew();
  if (skew !== undefined && Math.abs(skew) > CLOCK_SKEW_LIMITS.warn && isSuccess((await ctx.serverClock()).answer)) {
    return [{ status: 'ok', seen: `${accepted} accepted: the same request signed with the server's time passes.` }];
  }
  const foreign = await ctx.foreignCredentials();
  if (foreign.answer?.status === 401) {
    return [
      {
        status: 'ok',
        seen: `${accepted} accepted: with credentials no application has the gateway answers ${status(foreign)}, with these it gets past them to ${statusText(answer)}.`,
      },
    ];
  }
  return [
    {
      status: 'warn',
      seen: `Not confirmed: the gateway answers ${statusText(answer)} before it looks at the credentials (credentials no application has: ${status(foreign)}).`,
      fix: 'Fix the signature (below) first, then run the doctor again.',
    },
  ];
}

/**
 * The request signature (`x-fp-date`, `x-fp-signature`): a 403 to the kit's signed request is compared with the
 * same request unsigned and, when the clocks are over a minute apart, with one signed with the server's time.
 * @example
 * const [result] = await checkSignature(ctx);
 */
export async function checkSignature(ctx: DoctorContext): Promise<DoctorCheckResult[]> {
  const signed = await ctx.config();
  const answer = signed.answer;
  if (!answer) return [];
  if (answer.status !== 403) {
    const verdict = isSuccess(answer) ? 'accepted' : 'not refused';
    return [{ status: 'ok', seen: `The signed request (x-fp-date, x-fp-signature v1.1) was ${verdict} (${statusText(answer)}).` }];
  }
  const skew = await ctx.skew();
  if (skew !== undefined && Math.abs(skew) > CLOCK_SKEW_LIMITS.warn) {
    const corrected = await ctx.serverClock();
    if (isSuccess(corrected.answer)) {
      return [
        {
          status: 'fail',
          seen: `The signed request got ${statusText(answer)}, the same request signed with the server's time passes: the clocks are ${Math.round(Math.abs(skew) / 1000)} s apart.`,
          fix: 'Synchronise the clock (NTP) of the machine that is off: x-fp-date is signed with the local time.',
        },
      ];
    }
  }
  const unsigned = await ctx.unsigned();
  const comparison = isSuccess(unsigned.answer)
    ? `the same request unsigned passes (${status(unsigned)}): the gateway refuses the kit's signature`
    : `unsigned it gets ${status(unsigned)}: the gateway wants a signature and does not accept this one`;
  return [
    {
      status: 'fail',
      seen: `The signed request got ${statusText(answer)}; ${comparison}.`,
      fix: 'The signature covers the method, path, query, Host, x-fp-* headers and body as the kit sends them: forward /service/* with the same Host and path (no prefix added or removed), leave x-fp-* headers alone, and keep the client\'s sign option on.',
    },
  ];
}
