'use client';
import type { ButtonHTMLAttributes } from 'react';
import { mergeProps } from '../../forms/kit/mergeProps';
import type { SubmitProps } from '../../forms/kit/types';
import { SlotButton } from '../Slot';

/** Props of a submit part: your button props, and `asChild` to render your own element. */
export type SubmitPartProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & { asChild?: boolean };

/**
 * The submit button every form family renders (`Login.Submit`, `Otp.Submit` …): the form's submit props merged
 * with yours, its label unless you give children, `asChild` for your own element.
 * @example
 * <SubmitButton submit={login.getSubmitProps()} className="mine" />
 */
export function SubmitButton({ submit, asChild, children, className, ...props }: SubmitPartProps & { submit: SubmitProps }) {
  // Your class replaces the stylesheet's default one.
  const merged = mergeProps(asChild ? submit : { ...submit, className: className ?? 'fdk-button fdk-button-primary' }, asChild && className ? { ...props, className } : (props as Record<string, unknown>));
  if (asChild) {
    return (
      <SlotButton {...merged} label={submit.children}>
        {children}
      </SlotButton>
    );
  }
  return <button {...merged}>{children ?? submit.children}</button>;
}
