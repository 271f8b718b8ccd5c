'use client';
import { useRef, useState, type ButtonHTMLAttributes, type MouseEvent } from 'react';
import { isFdkError, type FdkError } from '../client/errors';
import { callApi } from '../query/callApi';
import { useUserKit } from '../query/userKit';
import { useMessages } from '../i18n/MessagesContext';
import { profileMessages } from '../i18n/messages/profile';
import { SlotButton } from './Slot';

/** Props of {@link LogoutButton}. */
export interface LogoutButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  /** Render your own element (it receives the button's props). */
  asChild?: boolean;
  /**
   * Called once signed out. The cache is cleared (and the provider's `onSignInRequired` told, `reason: 'logout'`)
   * even when the request failed: `error` says so, for logging; the user is signed out here either way.
   */
  onSignedOut?: (result: { error?: FdkError }) => void;
}

/**
 * The sign-out button: calls `logout` once (a second click while it runs does nothing; `aria-busy`), and clears
 * the kit's cache even when the request fails.
 * @example
 * <LogoutButton onSignedOut={() => navigate('/')} />
 */
export function LogoutButton({ asChild, onSignedOut, onClick, children, ...props }: LogoutButtonProps) {
  const messages = useMessages(profileMessages);
  const kit = useUserKit();
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const handleClick = async (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    let error: FdkError | undefined;
    try {
      await callApi(kit, 'logout', {});
    } catch (cause) {
      // The cache is already cleared (see `mutationEffects.logout`): the user is signed out here.
      error = isFdkError(cause) ? cause : undefined;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
    onSignedOut?.(error ? { error } : {});
  };
  const buttonProps = {
    type: 'button' as const,
    'aria-busy': busy,
    'aria-disabled': busy,
    onClick: (event: MouseEvent<HTMLButtonElement>) => void handleClick(event),
  };
  const label = busy ? messages.logoutSubmitting : messages.logoutButton;
  if (asChild) return (
      <SlotButton {...props} {...buttonProps} label={label}>
        {children}
      </SlotButton>
    );
  return (
    <button className="fdk-button" {...props} {...buttonProps}>
      {children ?? label}
    </button>
  );
}

LogoutButton.displayName = 'Logout.Button';

export { LogoutButton as Button };
