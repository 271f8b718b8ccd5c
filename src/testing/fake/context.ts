import { FdkConfigError } from '../../client/errors';
import type { PlatformSchema } from '../../schemas/index';
import type { FakeUserServiceOptions } from '../fakeService';
import { platformPresets, type PlatformPresetName } from '../presets';
import { FAKE_LINK_PATHS } from './links';
import { fakeUserMessages } from './messages';
import { toPasswordRule } from './password';
import { isPresetName } from './session';
import type { FakeContext } from './store';
import type { FakeLinkKind } from './types';

/**
 * The shortest and longest OTP the fake makes (`otpLength`; 4 by default).
 * @example
 * createFakeUserService({ otpLength: FAKE_OTP_LENGTH_RANGE.max });
 */
export const FAKE_OTP_LENGTH_RANGE = { min: 4, max: 8 } as const;

/**
 * The `n`-th code (from 1) of a deterministic sequence of `length` digits (mulberry32), the default
 * `generateCode`: a pure function of `n`, so that the sequence goes on where it was when the state is loaded
 * from a storage (the position is the `code` counter).
 */
export function codeAt(seed: number, n: number, length: number): string {
  let t = (seed + Math.imul(n, 0x6d2b79f5)) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) % 10 ** length;
  return String(value).padStart(length, '0');
}

/** A preset name or object, resolved; `FdkConfigError` for an unknown name. */
export function resolvePreset(preset: PlatformPresetName | PlatformSchema): { preset: PlatformSchema; name: PlatformPresetName | undefined } {
  if (typeof preset === 'string') {
    if (!isPresetName(preset)) throw new FdkConfigError(fakeUserMessages.unknownPreset(preset));
    return { preset: platformPresets[preset], name: preset };
  }
  return { preset, name: undefined };
}

function otpLengthOf(value: number | undefined): number {
  const length = value ?? 4;
  if (!Number.isInteger(length) || length < FAKE_OTP_LENGTH_RANGE.min || length > FAKE_OTP_LENGTH_RANGE.max) {
    throw new FdkConfigError(`otpLength must be a whole number from ${FAKE_OTP_LENGTH_RANGE.min} to ${FAKE_OTP_LENGTH_RANGE.max}, got ${String(value)}`);
  }
  return length;
}

function linkPathsOf(given: FakeUserServiceOptions['linkPaths']): Record<FakeLinkKind, string> {
  const paths = { ...FAKE_LINK_PATHS, ...given };
  for (const [kind, path] of Object.entries(paths)) {
    if (typeof path !== 'string' || !path.startsWith('/') || !path.includes('{code}')) {
      throw new FdkConfigError(`linkPaths['${kind}'] must be a path starting with / and holding {code}, got ${JSON.stringify(path)}`);
    }
  }
  return paths;
}

function emailVerificationOf(value: FakeUserServiceOptions['emailVerification']): 'otp' | 'link' {
  if (value === undefined || value === 'otp' || value === 'link') return value ?? 'otp';
  throw new FdkConfigError(`emailVerification must be 'otp' or 'link', got ${JSON.stringify(value)}`);
}

/** The settings and empty state of a service, from its options (every option checked: `FdkConfigError`). */
export function createContext(options: FakeUserServiceOptions, applicationId: string, instance: number): FakeContext {
  const initial = resolvePreset(options.preset ?? 'default');
  const otpLength = otpLengthOf(options.otpLength);
  const ctx: FakeContext = {
    applicationId,
    resendTimer: options.resendTimer ?? 30,
    otpTtl: options.otpTtl ?? 600,
    linkTtl: options.linkTtl ?? 86_400,
    maxOtpAttempts: options.maxOtpAttempts ?? 5,
    otpLength,
    linkBaseUrl: options.linkBaseUrl,
    linkPaths: linkPathsOf(options.linkPaths),
    emailVerification: emailVerificationOf(options.emailVerification),
    passwordRule: toPasswordRule(options.passwordRule),
    origin: 'http://localhost',
    now: options.now ?? (() => Date.now()),
    generateCode: options.generateCode ?? (() => codeAt(0x5eed, ctx.next('code'), otpLength)),
    counters: new Map(),
    next(counter) {
      const value = (ctx.counters.get(counter) ?? 0) + 1;
      ctx.counters.set(counter, value);
      return value;
    },
    resetCounters() {
      ctx.counters.clear();
    },
    instance,
    preset: initial.preset,
    presetName: initial.name,
    users: [],
    sessions: new Map(),
    otps: new Map(),
    tickets: new Map(),
    links: new Map(),
    inbox: [],
  };
  return ctx;
}
