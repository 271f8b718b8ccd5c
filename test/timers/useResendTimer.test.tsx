import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resendMemoryKeys, useResendTimer } from '../../src/timers/useResendTimer';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-25T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('useResendTimer', () => {
  it('counts down from the server resend_timer and allows a resend at zero', () => {
    const { result } = renderHook(() => useResendTimer('req-1', 30));
    expect(result.current).toMatchObject({ secondsLeft: 30, canResend: false });
    act(() => vi.advanceTimersByTime(10_000));
    expect(result.current.secondsLeft).toBe(20);
    act(() => vi.advanceTimersByTime(20_000));
    expect(result.current).toMatchObject({ secondsLeft: 0, canResend: true });
  });

  it('survives unmount and remount: the countdown goes on instead of starting again', () => {
    const first = renderHook(() => useResendTimer('req-2', 30));
    act(() => vi.advanceTimersByTime(12_000));
    expect(first.result.current.secondsLeft).toBe(18);
    first.unmount();
    act(() => vi.advanceTimersByTime(3_000));
    const second = renderHook(() => useResendTimer('req-2', 30));
    expect(second.result.current.secondsLeft).toBe(15);
  });

  it('keeps only the expiry time in sessionStorage (survives a reload), never a code', () => {
    renderHook(() => useResendTimer('req-3', 30));
    const keys = Object.keys(sessionStorage);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^fdk-user-react:resend:[0-9a-f]{8}$/);
    expect(Number(sessionStorage.getItem(keys[0]!))).toBe(Date.parse('2026-11-25T10:00:30Z'));
  });

  it('names no shopper in its storage key, even when keyed by an email address', () => {
    renderHook(() => useResendTimer('email:ana@example.com', 30));
    const keys = Object.keys(sessionStorage).join(' ');
    expect(keys).not.toMatch(/ana|example|email/);
  });

  it('restarts with a 429 retryAfter through start()', () => {
    const { result } = renderHook(() => useResendTimer('req-4', 30));
    act(() => vi.advanceTimersByTime(30_000));
    expect(result.current.canResend).toBe(true);
    act(() => result.current.start(45));
    expect(result.current).toMatchObject({ secondsLeft: 45, canResend: false });
    act(() => vi.advanceTimersByTime(44_500));
    expect(result.current.secondsLeft).toBe(1);
  });

  it('a new request key starts a new countdown', () => {
    const { result, rerender } = renderHook(({ id, seconds }) => useResendTimer(id, seconds), { initialProps: { id: 'req-5', seconds: 30 } });
    act(() => vi.advanceTimersByTime(25_000));
    expect(result.current.secondsLeft).toBe(5);
    rerender({ id: 'req-6', seconds: 60 });
    expect(result.current.secondsLeft).toBe(60);
  });

  it('with no request yet, a resend is allowed', () => {
    const { result } = renderHook(() => useResendTimer(undefined));
    expect(result.current).toMatchObject({ secondsLeft: 0, canResend: true });
  });
});

describe('useResendTimer: issue 13, case 15 (timers)', () => {
  it('prunes expired countdowns from its in-memory copy: a long session of code requests keeps only the live ones', () => {
    const ours = () => resendMemoryKeys().filter((key) => key.startsWith('prune-'));
    for (let request = 1; request <= 50; request += 1) {
      const { result, unmount } = renderHook(() => useResendTimer(`prune-${request}`, 30));
      expect(result.current.secondsLeft).toBe(30);
      unmount();
      act(() => vi.advanceTimersByTime(31_000));
    }
    // One more write (a new request) prunes what expired meanwhile, and keeps what still runs.
    const { result } = renderHook(() => useResendTimer('prune-live', 30));
    act(() => result.current.start(45));
    expect(ours()).toEqual(['prune-live']);
    expect(result.current.secondsLeft).toBe(45);
  });
});
