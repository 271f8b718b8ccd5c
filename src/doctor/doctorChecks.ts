import type { DoctorContext } from './createDoctorContext';
import type { DoctorCheckId, DoctorCheckResult } from './DoctorReport';
import { checkCookie } from './checkCookie';
import { checkOptions } from './checkOptions';
import { checkPlatform } from './checkPlatform';
import { checkClock, checkEndpoint, checkReach } from './connectionChecks';
import { checkCredentials, checkSignature } from './gatewayChecks';
import { checkCors, checkOrigin } from './originChecks';

/** One check of the doctor: what it looks at, what must have passed before, when it applies, and the check. */
export interface DoctorCheck {
  id: DoctorCheckId;
  /** What it checks, in a few words (the help text and the README list these). */
  title: string;
  /** Checks that must have run without failing first. */
  needs: readonly DoctorCheckId[];
  /** Why the check does not apply to these options (`undefined` when it does). */
  skip?: (ctx: DoctorContext) => string | undefined;
  run: (ctx: DoctorContext) => Promise<DoctorCheckResult[]>;
}

/**
 * The checks of `fdk-user-react doctor`, in the order they run and are printed.
 * @example
 * for (const check of doctorChecks) console.log(`${check.id}: ${check.title}`);
 */
export const doctorChecks: readonly DoctorCheck[] = [
  { id: 'options', title: 'the options as the kit takes them (token length, base URL form)', needs: [], run: checkOptions },
  { id: 'reach', title: 'the base URL answers at all (DNS, TLS, connection, timeout)', needs: ['options'], run: checkReach },
  { id: 'endpoint', title: 'getPlatformConfig answers JSON at <base>/service/application/user/platform/v1.0/config', needs: ['reach'], run: checkEndpoint },
  { id: 'clock', title: "the server's Date against the local clock (x-fp-date is signed)", needs: ['reach'], run: checkClock },
  { id: 'credentials', title: 'the application id and token (Authorization header)', needs: ['endpoint'], run: checkCredentials },
  { id: 'signature', title: 'the request signature (x-fp-date, x-fp-signature)', needs: ['credentials'], run: checkSignature },
  { id: 'platform-config', title: 'the PlatformSchema, read by checkPlatformConfig', needs: ['signature'], run: checkPlatform },
  {
    id: 'origin',
    title: 'same-origin or cross-origin storefront (--origin)',
    needs: ['options'],
    skip: (ctx) => (ctx.options.origin === undefined ? 'no --origin given' : undefined),
    run: checkOrigin,
  },
  {
    id: 'cors',
    title: 'CORS preflight and answers allow the origin with credentials',
    needs: ['reach', 'origin'],
    skip: (ctx) => (ctx.options.origin === undefined ? 'no --origin given' : ctx.crossOrigin ? undefined : 'same origin: no CORS'),
    run: checkCors,
  },
  {
    id: 'cookie',
    title: "the session cookie's attributes on a real sign-in (--test-login)",
    needs: ['signature'],
    skip: (ctx) => (ctx.options.testLogin === undefined ? 'no --test-login given' : undefined),
    run: checkCookie,
  },
];
