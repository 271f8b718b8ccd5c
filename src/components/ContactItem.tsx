'use client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ContactEntry } from '../forms/profile/contactEntries';
import { LINK_RESEND_SECONDS } from '../forms/profile/useContactList';
import { useMessages } from '../i18n/MessagesContext';
import { profileMessages } from '../i18n/messages/profile';
import { contactMessages } from '../i18n/messages/contacts';
import { useResendTimer } from '../timers/useResendTimer';
import { useContactListPart } from './primitives/contactListContext';

/**
 * One entry of a contact list: label, badges, actions (each disabled one says why), verification by the code of
 * its link, and the confirm step of a removal. Each button's name says which contact it acts on.
 */
export function ContactItem({ entry, className }: { entry: ContactEntry; className?: string }) {
  const { list, rootRef } = useContactListPart('<ContactList.Item>');
  const messages = useMessages(profileMessages, contactMessages);
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const removeRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const sent = list.linkSentAt(entry);
  const timer = useResendTimer(sent === undefined ? undefined : `${list.kind}-link:${entry.key}:${sent}`, LINK_RESEND_SECONDS);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const deleting = entry.removing || list.isBusy(entry, 'delete');
  const settingPrimary = list.isBusy(entry, 'primary');
  const sending = list.isBusy(entry, 'link');
  const deleteReason = deleting ? undefined : list.reason(entry.canDelete);
  const primaryReason = entry.primary || entry.removing ? undefined : list.reason(entry.canMakePrimary);
  const named = (text: string) => `${text} ${entry.label}`;
  const linkText = sending ? list.text('Sending') : timer.canResend ? list.text('SendVerification') : list.text('ResendIn', entry, { seconds: timer.secondsLeft });
  const removeText = deleting ? list.text('Deleting') : list.text('Delete');
  const ids = { delete: `${id}-delete-reason`, primary: `${id}-primary-reason`, confirmTitle: `${id}-confirm-title`, confirmBody: `${id}-confirm-body` };

  const cancelRemove = () => {
    setConfirming(false);
    removeRef.current?.focus();
  };
  const confirmRemove = async () => {
    setConfirming(false);
    removeRef.current?.focus();
    if (await list.remove(entry)) rootRef.current?.focus();
  };

  return (
    <li
      className={className ?? 'fdk-contact'}
      data-primary={entry.primary ? '' : undefined}
      data-verified={entry.verified ? '' : undefined}
      data-removing={deleting ? '' : undefined}
      aria-busy={deleting || settingPrimary}
    >
      <div className="fdk-contact-row">
        <span className="fdk-contact-label" dir="ltr">
          {entry.label}
        </span>
        <span className="fdk-badges">
          {entry.primary ? (
            <span className="fdk-badge" data-tone="accent">
              {list.text('Primary')}
            </span>
          ) : null}
          <span className="fdk-badge" data-tone={entry.verified ? 'success' : 'muted'}>
            {entry.verified ? list.text('Verified') : list.text('Unverified')}
          </span>
        </span>
      </div>
      <div className="fdk-contact-actions">
        {entry.primary ? null : (
          <button
            type="button"
            className="fdk-button fdk-button-small"
            aria-disabled={Boolean(primaryReason) || settingPrimary || deleting}
            aria-busy={settingPrimary}
            aria-describedby={primaryReason ? ids.primary : undefined}
            aria-label={named(list.text('MakePrimary'))}
            onClick={() => {
              if (!primaryReason && !settingPrimary && !deleting) void list.makePrimary(entry);
            }}
          >
            {list.text('MakePrimary')}
          </button>
        )}
        {entry.verified || entry.removing ? null : (
          <button
            type="button"
            className="fdk-button fdk-button-small"
            aria-disabled={!timer.canResend || sending}
            aria-busy={sending}
            aria-label={named(linkText)}
            onClick={() => {
              if (timer.canResend && !sending) void list.sendLink(entry);
            }}
          >
            {linkText}
          </button>
        )}
        <button
          ref={removeRef}
          type="button"
          className="fdk-button fdk-button-small fdk-button-danger"
          aria-disabled={Boolean(deleteReason) || deleting}
          aria-busy={deleting}
          aria-describedby={deleteReason ? ids.delete : undefined}
          aria-expanded={deleteReason || deleting ? undefined : confirming}
          aria-label={named(removeText)}
          onClick={() => {
            if (!deleteReason && !deleting) setConfirming(true);
          }}
        >
          {removeText}
        </button>
      </div>
      {primaryReason ? (
        <p className="fdk-hint fdk-reason" id={ids.primary}>
          {primaryReason}
        </p>
      ) : null}
      {deleteReason ? (
        <p className="fdk-hint fdk-reason" id={ids.delete}>
          {deleteReason}
        </p>
      ) : null}
      {confirming && !deleting ? (
        <div className="fdk-confirm" role="group" aria-labelledby={ids.confirmTitle} aria-describedby={ids.confirmBody} onKeyDown={(event) => event.key === 'Escape' && cancelRemove()}>
          <p className="fdk-confirm-title" id={ids.confirmTitle}>
            {list.text('ConfirmDeleteTitle')}
          </p>
          <p className="fdk-hint" id={ids.confirmBody}>
            {list.text('ConfirmDeleteBody', entry)}
          </p>
          <div className="fdk-confirm-actions">
            <button ref={confirmRef} type="button" className="fdk-button fdk-button-danger-solid" onClick={() => void confirmRemove()}>
              {list.text('ConfirmDelete')}
            </button>
            <button type="button" className="fdk-button" onClick={cancelRemove}>
              {messages.commonCancel}
            </button>
          </div>
        </div>
      ) : null}
      {entry.verified || entry.removing ? null : <VerifyCode entry={entry} />}
    </li>
  );
}
ContactItem.displayName = 'ContactList.Item';

/** The code of a verification link, typed in (the link itself lands on the storefront's verify page). */
function VerifyCode({ entry }: { entry: ContactEntry }) {
  const { list } = useContactListPart('<ContactList.Item>');
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const verifying = list.isBusy(entry, 'verify');
  const failure = list.actionError?.key === entry.key && list.actionError.action === 'verify' ? list.actionError.error : undefined;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (verifying) return;
    const ok = await list.verify(entry, inputRef.current?.value ?? '');
    if (!ok) inputRef.current?.focus();
  };
  return (
    <form className="fdk-contact-verify" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={verifying}>
      <p className="fdk-hint" id={`${id}-hint`}>
        {list.text('VerifyHint', entry)}
      </p>
      <div className="fdk-identifier" data-invalid={failure ? '' : undefined}>
        <div className="fdk-field">
          <label className="fdk-label" htmlFor={`${id}-code`}>
            {list.text('CodeLabel')}
            <span className="fdk-visually-hidden">{` ${entry.label}`}</span>
          </label>
          <input
            ref={inputRef}
            id={`${id}-code`}
            name="code"
            className="fdk-input"
            type="text"
            autoComplete="one-time-code"
            spellCheck={false}
            autoCapitalize="none"
            dir="ltr"
            aria-invalid={failure ? true : undefined}
            aria-describedby={[`${id}-hint`, failure ? `${id}-error` : undefined].filter(Boolean).join(' ')}
          />
        </div>
        <button
          type="submit"
          className="fdk-button fdk-contact-verify-submit"
          aria-busy={verifying}
          aria-disabled={verifying}
          aria-label={`${verifying ? list.text('Verifying') : list.text('Verify')} ${entry.label}`}
        >
          {verifying ? list.text('Verifying') : list.text('Verify')}
        </button>
      </div>
      {failure ? (
        <p className="fdk-field-error" id={`${id}-error`}>
          {failure.message}
        </p>
      ) : null}
    </form>
  );
}
