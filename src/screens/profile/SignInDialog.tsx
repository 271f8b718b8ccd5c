'use client';
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useLatest } from '../../forms/kit/useLatest';

/**
 * A modal dialog on the native `<dialog>` element (`showModal()`): the page behind is inert and focus stays inside
 * by the browser's own rules, Escape and "Close" close it, and focus goes back where it was (or, when that is
 * gone, to `fallbackFocus`). Works the same under React 18 and 19 (no `inert` prop needed).
 */
export function SignInDialog(props: { title: string; hint: string; closeText: string; fallbackFocus: RefObject<HTMLElement | null>; onClose: () => void; children: ReactNode }) {
  const { title, hint, closeText, fallbackFocus, onClose, children } = props;
  const ids = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const close = useLatest(onClose);

  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const fallback = fallbackFocus.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    const onCancel = (event: Event) => {
      event.preventDefault();
      close.current();
    };
    dialog?.addEventListener('cancel', onCancel);
    return () => {
      dialog?.removeEventListener('cancel', onCancel);
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
      // Back where it was; when that is gone (the signed-out card after a sign-in), to the screen's title.
      if (previous?.isConnected) previous.focus();
      else fallback?.focus();
    };
  }, [fallbackFocus, close]);

  return (
    <dialog ref={ref} className="fdk-dialog" aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-hint`}>
      <div className="fdk-dialog-header">
        <h2 className="fdk-section-title" id={`${ids}-title`}>
          {title}
        </h2>
        <button type="button" className="fdk-link-button" onClick={onClose}>
          {closeText}
        </button>
      </div>
      <p className="fdk-hint" id={`${ids}-hint`}>
        {hint}
      </p>
      {children}
    </dialog>
  );
}
