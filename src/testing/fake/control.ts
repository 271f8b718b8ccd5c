import type { FakeUserService } from '../createFakeUserService';
import type { PlatformSchema } from '../../schemas/index';
import { checkFault, isFaultRoute, type FakeFault } from './faults';
import { isSentTo } from './inbox';
import { fakeUserMessages } from './messages';
import { isPresetName } from './session';
import type { FakeInboxKind, FakeResponse } from './types';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

function answer(status: number, body: unknown): FakeResponse {
  return { status, headers: { ...JSON_HEADERS }, body };
}

function readJson(bodyText: string | null): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(bodyText ?? '') as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The control routes of the fake service (not part of the User API; never faulted, never checked in strict mode):
 * - `GET /_fake/inbox` → `{ messages }` (filters: `?to=<email or mobile>`, `?kind=login-otp`); `DELETE` empties it;
 * - `GET /_fake/preset` → `{ name, preset }`; `POST /_fake/preset` with `{ "name": "otpOnly" }` or `{ "preset": {…} }`;
 * - `GET /_fake/faults` → `{ faults }`; `POST /_fake/faults` with `{ "route": "loginWithOTP" | "*", "fault": {…},
 *   "times": 1 | "always" }`; `DELETE /_fake/faults` (or `?route=`) clears them;
 * - `GET /_fake/users` → `{ users }`; `POST /_fake/reset` → back to the seeds.
 */
export function handleControl(service: FakeUserService, method: string, path: string, search: URLSearchParams, bodyText: string | null): FakeResponse {
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /_fake/inbox': {
      const to = search.get('to');
      const kind = search.get('kind') as FakeInboxKind | null;
      const messages = service.inbox.filter((message) => (to === null || isSentTo(message, to)) && (kind === null || message.kind === kind));
      return answer(200, { messages });
    }
    case 'DELETE /_fake/inbox':
      service.clearInbox();
      return answer(200, { messages: [] });
    case 'GET /_fake/preset':
      return answer(200, { name: service.presetName ?? null, preset: service.preset });
    case 'POST /_fake/preset': {
      const body = readJson(bodyText);
      if (typeof body?.name === 'string') {
        if (!isPresetName(body.name)) return answer(400, { message: fakeUserMessages.unknownPreset(body.name) });
        service.setPreset(body.name);
      } else if (typeof body?.preset === 'object' && body.preset !== null) {
        service.setPreset(body.preset as PlatformSchema);
      } else {
        return answer(400, { message: 'Send { "name": "<preset name>" } or { "preset": { … } }.' });
      }
      return answer(200, { name: service.presetName ?? null, preset: service.preset });
    }
    case 'GET /_fake/faults':
      return answer(200, { faults: service.faults.list().map((entry) => ({ ...entry, remaining: Number.isFinite(entry.remaining) ? entry.remaining : 'always' })) });
    case 'POST /_fake/faults': {
      const body = readJson(bodyText);
      const target = body?.route ?? '*';
      if (!isFaultRoute(target)) return answer(400, { message: `Unknown route: ${String(target)}` });
      const problem = checkFault(body?.fault);
      if (problem) return answer(400, { message: problem });
      const times = body?.times;
      if (times !== undefined && times !== 'always' && !(typeof times === 'number' && times >= 1)) {
        return answer(400, { message: 'times must be a number of calls (1 or more) or "always"' });
      }
      service.faults.inject(target, body?.fault as FakeFault, { times: (times as number | 'always' | undefined) ?? 1 });
      return answer(200, { faults: service.faults.list().length });
    }
    case 'DELETE /_fake/faults': {
      const target = search.get('route');
      if (target !== null && !isFaultRoute(target)) return answer(400, { message: `Unknown route: ${target}` });
      service.faults.clear(target ?? undefined);
      return answer(200, { faults: service.faults.list().length });
    }
    case 'GET /_fake/users':
      return answer(200, { users: service.users });
    case 'POST /_fake/reset':
      service.reset();
      return answer(200, { reset: true });
    default:
      return answer(404, { message: fakeUserMessages.notFound(method, path) });
  }
}
