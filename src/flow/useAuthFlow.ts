'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useKitSettings } from '../query/userKit';
import { authTransition, initialAuthState, type AuthFlowState } from './authFlow';
import { restoreAuthState, saveAuthState } from './persistAuthState';
import { signedInResult, signedInResultSoon } from './signedIn';
import type { AuthFlowEvent, SignedInResult } from './types';

/** Options of {@link useAuthFlow}. */
export interface AuthFlowOptions {
  /** The step to open on (`login` by default; `register` or `forgot` for direct links). */
  initialStep?: 'login' | 'register' | 'forgot';
  /** Where to go after signing in (the page's `?redirectUrl=`), checked by `safeRedirect`. */
  redirectTo?: string | undefined;
  /** Called once when the shopper is signed in. */
  onSignedIn?: ((result: SignedInResult) => void) | undefined;
  /**
   * Keep the code step across a reload (in sessionStorage, for 10 minutes, under a key that names no shopper), so
   * that a shopper who reloads while waiting for an SMS gets back to the code already sent. Default `true`.
   */
  persist?: boolean;
}

/** What {@link useAuthFlow} returns. */
export interface AuthFlow {
  /** Where the sign-in is, with what the step needs. */
  state: AuthFlowState;
  /** Moves the flow on: pass it as `onNext` of every step's root part. */
  send: (event: AuthFlowEvent) => void;
  /**
   * Where to go once signed in (when `state.step` is `done`). After a `signedIn` your own code sent, before any kit
   * call loaded the redirect check (`safeRedirect`), it is `undefined` for the moment that code takes to load.
   */
  result: SignedInResult | undefined;
}

/**
 * The sign-in sequence Fynd's storefronts run, as a hook: the state of `authTransition` (login → OTP → complete
 * profile → verify both → done; register → verify both → done; forgot → done; locked), for `AuthScreen` and for
 * a storefront's own screens alike — render the step, give each step's root `onNext={flow.send}`.
 * @example
 * const flow = useAuthFlow({ redirectTo: params.get('redirectUrl') ?? undefined, onSignedIn: ({ redirect }) => navigate(redirect) });
 * if (flow.state.step === 'otp') return <OtpRoot target={flow.state.target} onNext={flow.send}>…</OtpRoot>;
 */
export function useAuthFlow(options: AuthFlowOptions = {}): AuthFlow {
  const settings = useKitSettings();
  const persist = options.persist !== false;
  const [state, setState] = useState<AuthFlowState>(() => (persist ? restoreAuthState(settings.platform) : undefined) ?? initialAuthState(options.initialStep));
  const send = useCallback((event: AuthFlowEvent) => setState((previous) => authTransition(previous, event)), []);
  useEffect(() => {
    if (persist) saveAuthState(settings.platform, state);
  }, [persist, settings.platform, state]);

  // Where to go is known at once when the redirect check's code is loaded (a kit call that signed the shopper in
  // loaded it); a `signedIn` sent by the storefront's own code may wait for it.
  const [late, setLate] = useState<{ state: AuthFlowState; result: SignedInResult } | undefined>(undefined);
  const result = state.step === 'done' ? (signedInResult(state.user, options.redirectTo, settings) ?? (late?.state === state ? late.result : undefined)) : undefined;
  const { redirectTo } = options;
  useEffect(() => {
    if (state.step !== 'done' || result) return;
    let live = true;
    void signedInResultSoon(state.user, redirectTo, settings).then((soon) => live && setLate({ state, result: soon }));
    return () => {
      live = false;
    };
  }, [state, result, redirectTo, settings]);
  const announced = useRef<AuthFlowState | undefined>(undefined);
  const onSignedIn = useRef(options.onSignedIn);
  useEffect(() => {
    onSignedIn.current = options.onSignedIn;
  });
  useEffect(() => {
    if (state.step !== 'done' || announced.current === state || !result) return;
    announced.current = state;
    onSignedIn.current?.(result);
  }, [state, result]);
  return { state, send, result };
}
