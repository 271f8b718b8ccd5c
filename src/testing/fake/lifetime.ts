import type { PlatformSchema } from '../../schemas/index';
import type { FakeContext } from './store';
import type { FakeSession, FakeUserRecord } from './types';

const unitMs: Readonly<Record<string, number>> = { days: 86_400_000, hours: 3_600_000, minutes: 60_000 };

/**
 * How long a session lasts, in milliseconds, from the preset's `session_config` (`{ duration, type: 'Days' |
 * 'Hours' | 'Minutes', is_rolling }`, flows.md F16); `Infinity` when it has none (or an unusable one).
 */
export function sessionLifetime(preset: PlatformSchema): number {
  const config = preset.session_config;
  const duration = Number(config?.duration);
  const unit = unitMs[String(config?.type ?? '').toLowerCase()];
  return unit !== undefined && Number.isFinite(duration) && duration > 0 ? duration * unit : Number.POSITIVE_INFINITY;
}

/** Drops the sessions that ended on the service clock. */
export function pruneSessions(ctx: FakeContext): void {
  const now = ctx.now();
  for (const [token, session] of ctx.sessions) if (now >= session.expiresAt) ctx.sessions.delete(token);
}

/**
 * The live session of a cookie value, or `undefined` (unknown or ended: a request with an ended session is
 * answered like one without). With `session_config.is_rolling` each request starts its lifetime again.
 */
export function liveSession(ctx: FakeContext, token: string | undefined): FakeSession | undefined {
  pruneSessions(ctx);
  const session = token === undefined ? undefined : ctx.sessions.get(token);
  if (session && ctx.preset.session_config?.is_rolling) session.expiresAt = ctx.now() + sessionLifetime(ctx.preset);
  return session;
}

/** Signs a user in: the current session when it is already theirs, else a new one (the current one ends). */
export function startSession(ctx: FakeContext, user: FakeUserRecord, current: FakeSession | undefined): FakeSession {
  if (current && current.userId === user._id) return current;
  if (current) ctx.sessions.delete(current.token);
  const n = ctx.next('session');
  const now = ctx.now();
  const session: FakeSession = { id: `session_${n}`, token: `fake-${ctx.instance}-${n}`, userId: user._id, createdAt: now, expiresAt: now + sessionLifetime(ctx.preset) };
  ctx.sessions.set(session.token, session);
  return session;
}
