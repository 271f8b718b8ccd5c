import { platformPresets, type PlatformPresetName } from '../presets';
import { ok, signedIn } from './results';
import type { FakeContext } from './store';
import { toUserSchema } from './store';
import type { FakeCall, FakeRuleResult } from './types';

/** `logout`: ends the current session and clears the cookie. */
export function logout(_ctx: FakeContext, call: FakeCall<'logout'>): FakeRuleResult {
  signedIn(call);
  return ok({ logout: true }, { logout: true });
}

/** `getLoggedInUser`. */
export function getLoggedInUser(_ctx: FakeContext, call: FakeCall<'getLoggedInUser'>): FakeRuleResult {
  return ok({ user: toUserSchema(signedIn(call)) });
}

/** `getListOfActiveSessions`: the ids of the user's sessions, oldest first. */
export function getListOfActiveSessions(ctx: FakeContext, call: FakeCall<'getListOfActiveSessions'>): FakeRuleResult {
  const user = signedIn(call);
  const sessions = [...ctx.sessions.values()].filter((session) => session.userId === user._id).map((session) => session.id);
  return ok({ sessions });
}

/** Whether a name is one of the built-in presets. */
export function isPresetName(name: string): name is PlatformPresetName {
  return Object.prototype.hasOwnProperty.call(platformPresets, name);
}

/**
 * `getPlatformConfig`: the active preset; a `name` query parameter that names a built-in preset (`otpOnly` …)
 * answers that preset instead (any other `name`, such as the application's `Fynd`, answers the active one).
 */
export function getPlatformConfig(ctx: FakeContext, call: FakeCall<'getPlatformConfig'>): FakeRuleResult {
  const name = call.query.name;
  return ok(name !== undefined && isPresetName(name) ? platformPresets[name] : ctx.preset);
}
