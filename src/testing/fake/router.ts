import { userMethodNames, userMethods, type MethodSpec, type UserMethodName } from '../../client/methods';
import { FAKE_SESSION_COOKIE } from './cookies';
import { faultResponse, type FakeFaults } from './faults';
import { startSession, liveSession } from './lifetime';
import { fakeUserMessages } from './messages';
import { fakeRules, type FakeRule } from './rules';
import type { FakeContext } from './store';
import { findUserById } from './store';
import { checkStrict } from './strict';
import type { FakeCall, FakeRequest, FakeResponse, FakeRuleResult, FakeSession } from './types';

/** A request once the service has read it. */
export interface ReadRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  bodyText: string | null;
  cookies: Record<string, string>;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

/** Request headers as a record with lower-case names (from a record or a `Headers`). */
export function lowerCaseHeaders(headers: FakeRequest['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  if (typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function') {
    (headers as Headers).forEach((value, name) => {
      out[name.toLowerCase()] = value;
    });
    return out;
  }
  for (const [name, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** The method of the table a verb and path name, if any. */
export function findRoute(method: string, pathname: string): MethodSpec | undefined {
  for (const name of userMethodNames) {
    const spec = userMethods[name] as unknown as MethodSpec;
    if (spec.http === method && (pathname === spec.path || pathname.endsWith(spec.path))) return spec;
  }
  return undefined;
}

/** A JSON `{ message }` answer. */
export function jsonError(status: number, message: string, route?: UserMethodName): FakeResponse {
  return { status, headers: { ...JSON_HEADERS }, body: { message }, ...(route ? { route } : {}) };
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message)).join('; ');
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Parses and checks the body of a method: the parsed value, or a 400 answer. */
function readBody(spec: MethodSpec, bodyText: string | null, name: UserMethodName): { body: unknown } | FakeResponse {
  if (!spec.body) return { body: undefined };
  const text = bodyText ?? '';
  let parsed: unknown = {};
  if (text.trim() !== '') {
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      return jsonError(400, fakeUserMessages.invalidJson, name);
    }
  }
  const checked = spec.body.safeParse(parsed);
  return checked.success ? { body: checked.data } : jsonError(400, fakeUserMessages.invalidBody(describeIssues(checked.error.issues)), name);
}

/** Whether the preset expects a captcha and the body brings an empty `captcha_code` (the fake cannot check a filled one). */
function emptyCaptcha(ctx: FakeContext, body: unknown): boolean {
  if (ctx.preset.skip_captcha !== false || typeof body !== 'object' || body === null) return false;
  const code = (body as { captcha_code?: unknown }).captcha_code;
  return typeof code === 'string' && code.trim() === '';
}

function toResponse(ctx: FakeContext, result: FakeRuleResult, route: UserMethodName, session: FakeSession | undefined): FakeResponse {
  const response: FakeResponse = { status: result.status ?? 200, headers: { ...JSON_HEADERS, ...result.headers }, body: result.body, route };
  if (result.login) {
    const started = startSession(ctx, result.login, session);
    response.setCookie = { name: FAKE_SESSION_COOKIE, value: started.token };
  }
  if (result.logout && session) {
    ctx.sessions.delete(session.token);
    response.clearCookie = FAKE_SESSION_COOKIE;
  }
  return response;
}

/**
 * Answers one API request of a method of the table: injected faults, strict checks, body validation, the
 * captcha of the preset, the shared state read again (`settings.sync`, after any wait), the session (ended sessions count as none; rolling ones are extended), then the
 * method's rule. A rule that throws answers 500 `{ message }`.
 */
export async function handleApi(
  ctx: FakeContext,
  settings: { faults: FakeFaults; strict: boolean; application: { applicationId: string; applicationToken: string }; sync?: () => void },
  spec: MethodSpec,
  request: ReadRequest,
): Promise<FakeResponse> {
  const name = spec.name as UserMethodName;
  const fault = settings.faults.take(name);
  if (fault?.type === 'latency') await sleep(fault.ms);
  else if (fault) return faultResponse(fault, name);

  if (settings.strict) {
    const refused = await checkStrict({ ...request, url: request.url.href }, settings.application, name);
    if (refused) return refused;
  }
  const read = readBody(spec, request.bodyText, name);
  if ('status' in read) return read;
  const { body } = read;
  if (emptyCaptcha(ctx, body)) return jsonError(400, fakeUserMessages.captchaRequired, name);

  // A shared state may have changed while this call waited (a latency fault, the strict checks): read it again.
  settings.sync?.();
  ctx.origin = request.url.origin;
  const found = liveSession(ctx, request.cookies[FAKE_SESSION_COOKIE]);
  const user = found ? findUserById(ctx, found.userId) : undefined;
  const session = user ? found : undefined;
  const registerToken = (body as { register_token?: unknown } | undefined)?.register_token;
  const registering = name === 'updateProfile' && typeof registerToken === 'string' && registerToken.trim() !== '';
  if (spec.session && !user && !registering) return jsonError(401, fakeUserMessages.notSignedIn, name);

  const query: Record<string, string> = {};
  request.url.searchParams.forEach((value, key) => {
    query[key] = value;
  });
  const call: FakeCall<UserMethodName> = { name, body: body as never, query, session, user };
  try {
    const rule = fakeRules[name] as FakeRule<UserMethodName>;
    return toResponse(ctx, rule(ctx, call), name, session);
  } catch (error) {
    return jsonError(500, fakeUserMessages.internal(error instanceof Error ? error.message : String(error)), name);
  }
}
