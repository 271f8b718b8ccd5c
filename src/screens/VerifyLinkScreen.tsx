'use client';
import { useEffect, useId, useMemo, useRef, type CSSProperties } from 'react';
import { screenTheme } from '../config/theme';
import type { SignedInResult } from '../flow/types';
import { useVerifyLink, type VerifyLinkKind } from '../forms/link/useVerifyLink';
import type { Messages } from '../i18n/messages';
import { textDirection } from '../i18n/loadMessages';
import { MessagesOverride, useMessages } from '../i18n/MessagesContext';
import { linkMessages } from '../i18n/messages/link';
import { usePlatformView } from '../query/hooks/usePlatformView';
import { Skeleton } from '../components/primitives/Skeleton';
import { schemeAttribute, type ColorScheme } from './colorScheme';

/** Props of {@link VerifyLinkScreen}. */
export interface VerifyLinkScreenProps {
  /** What the link does: `email` or `mobile` verification (`?code=`), or `login` (`?token=`). */
  kind: VerifyLinkKind;
  /** The link's code or token. */
  code: string | null | undefined;
  /** Where to go after a login link (checked by `safeRedirect`). */
  redirectTo?: string;
  /** Called when a login link signed the shopper in. */
  onSignedIn?: (result: SignedInResult) => void;
  /** Called by the "Continue" button once the link is done (or refused). */
  onContinue?: () => void;
  /** Your wording or translation of any string of the screen. */
  messages?: Partial<Messages>;
  /** The colour scheme: `system` (default, `prefers-color-scheme`), or `light` / `dark` forced (see `AuthScreen`). */
  colorScheme?: ColorScheme;
  className?: string;
}

/**
 * The landing page of a link from an email or SMS: it verifies the email (`/auth/verify-email?code=`), the mobile
 * number (`/auth/verify-mobile?code=`), or signs in (`/auth/login?token=`) as soon as it opens, then says so: done,
 * the link has expired or was used, or (network, server) the error with "Try again".
 * @example
 * <VerifyLinkScreen kind="email" code={params.get('code')} onContinue={() => navigate('/account')} />
 */
export function VerifyLinkScreen(props: VerifyLinkScreenProps) {
  return (
    <MessagesOverride messages={props.messages}>
      <VerifyLinkContent {...props} />
    </MessagesOverride>
  );
}

function VerifyLinkContent({ kind, code, redirectTo, onSignedIn, onContinue, className, colorScheme }: VerifyLinkScreenProps) {
  const messages = useMessages(linkMessages);
  const { config } = usePlatformView();
  const theme = useMemo(() => screenTheme(config), [config]);
  const link = useVerifyLink({ kind, code, redirectTo, onSignedIn });
  const titleId = `${useId()}-title`;
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (link.status !== 'checking') messageRef.current?.focus();
  }, [link.status]);
  const title = kind === 'email' ? messages.linkEmailTitle : kind === 'mobile' ? messages.linkMobileTitle : messages.linkLoginTitle;
  const done = kind === 'email' ? messages.linkEmailVerified : kind === 'mobile' ? messages.linkMobileVerified : messages.linkLoginDone;
  return (
    <section className={['fdk-auth', className].filter(Boolean).join(' ')} lang={messages.locale} dir={textDirection(messages.locale)} style={theme as CSSProperties} data-color-scheme={schemeAttribute(colorScheme)} aria-labelledby={titleId} data-status={link.status}>
      <div className="fdk-card">
        <h1 className="fdk-title" id={titleId}>
          {title}
        </h1>
        {link.status === 'checking' ? (
          <Skeleton label={messages.linkChecking} lines={2} />
        ) : (
          <div ref={messageRef} tabIndex={-1} className="fdk-notice-step" role={link.status === 'verified' ? 'status' : 'alert'}>
            <p className={link.status === 'verified' ? 'fdk-success' : undefined}>
              {link.status === 'verified' ? done : link.status === 'invalid' ? messages.linkInvalid : (link.error?.message ?? messages.errorGeneric)}
            </p>
            {link.status === 'error' ? (
              <button type="button" className="fdk-button" onClick={link.retry}>
                {messages.commonRetry}
              </button>
            ) : null}
            {onContinue && link.status !== 'error' ? (
              <button type="button" className="fdk-button fdk-button-primary" onClick={onContinue}>
                {messages.linkContinue}
              </button>
            ) : null}
          </div>
        )}
      </div>
    </section>
  );
}
