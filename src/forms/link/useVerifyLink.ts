'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isFdkApiError } from '../../client/errors';
import { reportSignedIn } from '../../flow/signedIn';
import type { SignedInResult } from '../../flow/types';
import { useMessages } from '../../i18n/MessagesContext';
import { callApi } from '../../query/callApi';
import { useUserKit } from '../../query/userKit';
import type { FormError } from '../kit/types';
import { useLatest } from '../kit/useLatest';
import { formError } from '../kit/useSubmission';

/** What a link landing does: verify an email (`?code=`), verify a mobile number (`?code=`), or sign in (`?token=`). */
export type VerifyLinkKind = 'email' | 'mobile' | 'login';

/** Where a link landing is. */
export type VerifyLinkStatus = 'checking' | 'verified' | 'invalid' | 'error';

/** Options of {@link useVerifyLink}. */
export interface VerifyLinkOptions {
  kind: VerifyLinkKind;
  /** The code or token from the link (`?code=`, `?token=`); a missing one reads as an invalid link. */
  code: string | null | undefined;
  /** Where to go after a login link signed the shopper in. */
  redirectTo?: string | undefined;
  /** Called when a login link signed the shopper in. */
  onSignedIn?: (result: SignedInResult) => void;
}

/** What {@link useVerifyLink} returns. */
export interface VerifyLink {
  status: VerifyLinkStatus;
  /** The failure, for `invalid` (used, expired or unknown link) and `error` (network, server: `retry`). */
  error: FormError | undefined;
  /** Tries again after an `error`. */
  retry: () => void;
}

type Outcome = { key: string; status: Exclude<VerifyLinkStatus, 'checking'>; error: FormError | undefined };

/**
 * The landing of a link from an email or SMS (flows.md F13): `verifyEmail` / `verifyMobile` with the link's
 * `?code=`, or `loginWithToken` with its `?token=`, called once on arrival (once, even when effects run twice: a
 * link works only once). A link already used, expired or unknown is `invalid` (the server refuses it with a 4xx);
 * a network or server failure is `error`, with `retry`.
 * @example
 * const link = useVerifyLink({ kind: 'email', code: params.get('code') });
 * if (link.status === 'verified') return <p>Your email address is verified.</p>;
 */
export function useVerifyLink(options: VerifyLinkOptions): VerifyLink {
  const kit = useUserKit();
  const messages = useMessages();
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const latest = useLatest(options);
  const pending = useRef<{ key: string; promise: Promise<SignedInResult['user'] | undefined> } | undefined>(undefined);
  const { kind } = options;
  const code = (options.code ?? '').trim();
  const key = `${kind}:${code}:${attempt}`;

  useEffect(() => {
    if (code === '') return;
    let current = true;
    if (pending.current?.key !== key) {
      const check = async () => {
        if (kind === 'login') return (await callApi(kit, 'loginWithToken', { body: { token: code } }, (result) => result.user !== undefined)).user;
        await callApi(kit, kind === 'email' ? 'verifyEmail' : 'verifyMobile', { body: { code } });
        return undefined;
      };
      pending.current = { key, promise: check() };
    }
    pending.current.promise.then(
      (user) => {
        if (!current) return;
        setOutcome({ key, status: 'verified', error: undefined });
        if (user) reportSignedIn(user, latest.current.redirectTo, kit.settings, latest.current.onSignedIn);
      },
      async (cause: unknown) => {
        const error = await formError(cause, messages);
        if (!current) return;
        const refused = isFdkApiError(cause) && cause.status >= 400 && cause.status < 500 && cause.status !== 429 && cause.status !== 408;
        setOutcome({ key, status: refused ? 'invalid' : 'error', error });
      },
    );
    return () => {
      current = false;
    };
  }, [key, kind, code, kit, messages, latest]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (code === '') return { status: 'invalid', error: undefined, retry };
  if (outcome?.key !== key) return { status: 'checking', error: undefined, retry };
  return { status: outcome.status, error: outcome.error, retry };
}
