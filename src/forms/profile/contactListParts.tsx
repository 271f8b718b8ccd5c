'use client';
import { createContext, useContext, useEffect, useId, useRef, useState, type FormEvent, type HTMLAttributes, type ReactNode, type RefObject } from 'react';
import { FormErrorMessage, FormField } from '../../components/Form';
import { useResendTimer } from '../../query/hooks/useResendTimer';
import { useMessages } from '../../query/UserKitProvider';
import { LINK_RESEND_SECONDS, useContactList, type ContactEntry, type ContactKind, type ContactList } from './useContactList';

/*
 * The compound parts of `EmailList` and `PhoneList`, written once for both kinds (the two differ only in their
 * texts, their add form and the methods they call, all inside `useContactList`).
 */

interface ContactPartsContext {
  list: ContactList;
  rootRef: RefObject<HTMLDivElement | null>;
}

/** Props of a list's `Root`. */
export interface ContactListRootProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The `platform` query argument. */
  platform?: string;
  children?: ReactNode;
}

/** Props of a list's `Items`. */
export interface ContactListItemsProps {
  className?: string;
  /** Render each entry yourself (default: `Item`). */
  children?: (entry: ContactEntry) => ReactNode;
}

/** The parts of a contact list, one set per kind. */
export interface ContactListParts {
  /** Runs the list (`useContactList`) for the parts inside; a `<div>` that takes focus after a removal. */
  Root: (props: ContactListRootProps) => ReactNode;
  /** The entries as a `<ul>` (or "Loading…", or the empty text; nothing when signed out); each entry is an `Item`. */
  Items: (props: ContactListItemsProps) => ReactNode;
  /** One entry: label, badges, actions (each disabled one says why), verification and the confirm step of a removal. */
  Item: (props: { entry: ContactEntry; className?: string }) => ReactNode;
  /** The form that adds a contact. */
  Add: (props: { className?: string }) => ReactNode;
  /** Live regions: the confirmation of the last action (polite) and its error (assertive). */
  Status: (props: { className?: string }) => ReactNode;
}

/**
 * Builds the parts of a contact list of one kind, with their context hook (how `EmailList` and `PhoneList` are made).
 * @example
 * const { parts: EmailList, useContext: useEmailListContext } = createContactListParts('email', 'EmailList');
 */
export function createContactListParts(kind: ContactKind, name: string): { parts: ContactListParts; useContext: () => ContactList } {
  const Context = createContext<ContactPartsContext | null>(null);
  const useParts = () => {
    const value = useContext(Context);
    if (!value) throw new Error(`${name} parts must be inside <${name}.Root>.`);
    return value;
  };

  function Root({ platform, children, className, ...props }: ContactListRootProps) {
    const list = useContactList(kind, { platform });
    const rootRef = useRef<HTMLDivElement>(null);
    return (
      <Context.Provider value={{ list, rootRef }}>
        <div ref={rootRef} tabIndex={-1} className={className ?? 'fdk-contacts'} data-kind={kind} {...props}>
          {children}
        </div>
      </Context.Provider>
    );
  }

  function Items({ className, children }: ContactListItemsProps) {
    const { list } = useParts();
    const messages = useMessages();
    if (list.isPending) {
      return (
        <p className="fdk-loading" role="status">
          {messages.commonLoading}
        </p>
      );
    }
    if (!list.user) return null;
    if (list.items.length === 0) return <p className="fdk-empty">{list.text('Empty')}</p>;
    return (
      <ul className={className ?? 'fdk-contact-list'}>
        {list.items.map((entry) => (children ? <li key={entry.key}>{children(entry)}</li> : <Item key={entry.key} entry={entry} />))}
      </ul>
    );
  }

  function Item({ entry, className }: { entry: ContactEntry; className?: string }) {
    const { list, rootRef } = useParts();
    const messages = useMessages();
    const id = useId();
    const [confirming, setConfirming] = useState(false);
    const removeRef = useRef<HTMLButtonElement>(null);
    const confirmRef = useRef<HTMLButtonElement>(null);
    const sent = list.linkSentAt(entry);
    const timer = useResendTimer(sent === undefined ? undefined : `${kind}-link:${entry.key}:${sent}`, LINK_RESEND_SECONDS);
    useEffect(() => {
      if (confirming) confirmRef.current?.focus();
    }, [confirming]);

    const deleting = entry.removing || list.isBusy(entry, 'delete');
    const settingPrimary = list.isBusy(entry, 'primary');
    const sending = list.isBusy(entry, 'link');
    const deleteReason = deleting ? undefined : list.reason(entry.canDelete);
    const primaryReason = entry.primary || entry.removing ? undefined : list.reason(entry.canMakePrimary);
    // Each button's name says which contact it acts on ("Remove ana@example.com"), starting with its visible text.
    const named = (text: string) => `${text} ${entry.label}`;
    const linkText = sending ? list.text('Sending') : timer.canResend ? list.text('SendVerification') : list.text('ResendIn', entry, { seconds: timer.secondsLeft });
    const removeText = deleting ? list.text('Deleting') : list.text('Delete');
    const ids = { delete: `${id}-delete-reason`, primary: `${id}-primary-reason`, confirmTitle: `${id}-confirm-title`, confirmBody: `${id}-confirm-body` };

    const askRemove = () => {
      if (deleteReason || deleting) return;
      setConfirming(true);
    };
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
            {entry.primary ? <span className="fdk-badge" data-tone="accent">{list.text('Primary')}</span> : null}
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
            onClick={askRemove}
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

  function VerifyCode({ entry }: { entry: ContactEntry }) {
    const { list } = useParts();
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

  function Add({ className }: { className?: string }) {
    const { list } = useParts();
    const { add } = list;
    const submit = add.getSubmitProps();
    return (
      <form className={className ?? 'fdk-form fdk-contact-add'} {...add.getFormProps()}>
        {kind === 'phone' ? (
          <div className="fdk-identifier" data-mobile="">
            <FormField className="fdk-field fdk-field-country" field={add.getFieldProps('countryCode')} />
            <FormField field={add.getFieldProps('value')} />
          </div>
        ) : (
          <FormField field={add.getFieldProps('value')} />
        )}
        <FormErrorMessage error={add.error} onRetry={() => void add.submit()} />
        <button className="fdk-button" {...submit}>
          {submit.children}
        </button>
      </form>
    );
  }

  function Status({ className }: { className?: string }) {
    const { list } = useParts();
    const error = list.actionError && list.actionError.action !== 'verify' ? list.actionError.error : undefined;
    return (
      <div className={className ?? 'fdk-contact-status'}>
        <p className="fdk-notice" role="status">
          {list.notice ?? ''}
        </p>
        <FormErrorMessage error={error} />
      </div>
    );
  }

  return { parts: { Root, Items, Item, Add, Status }, useContext: () => useParts().list };
}
