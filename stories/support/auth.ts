import { expect, userEvent, waitFor, within } from 'storybook/test';

type Canvas = ReturnType<typeof within>;

/**
 * The step `AuthScreen` shows: its `h1` names the step and, after a change of step, has the focus (so that
 * keyboard and screen-reader users follow).
 */
export async function expectStep(canvasElement: HTMLElement, title: string, { focused = true }: { focused?: boolean } = {}): Promise<HTMLElement> {
  const heading = await within(canvasElement).findByRole('heading', { level: 1, name: title }, { timeout: 3000 });
  if (focused) await waitFor(() => expect(heading).toHaveFocus());
  return heading;
}

/** On the sign-in step: choose the one-time code (when the config offers a choice), type the number, send. */
export async function askForCode(canvas: Canvas, mobile: string): Promise<void> {
  await canvas.findByRole('button', { name: /^(Sign in|Send code)$/ });
  const otpTab = canvas.queryByRole('button', { name: 'One-time code' });
  if (otpTab) await userEvent.click(otpTab);
  await userEvent.type(await canvas.findByLabelText('Mobile number'), mobile);
  await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
}

/** On the sign-in step: type the credentials and sign in. */
export async function signInWithPassword(canvas: Canvas, identifier: string, password: string): Promise<void> {
  await userEvent.type(await canvas.findByLabelText('Email or mobile number'), identifier);
  await userEvent.type(canvas.getByLabelText('Password'), password);
  await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
}
