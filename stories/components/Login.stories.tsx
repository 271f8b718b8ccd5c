import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { messages } from '../../src/i18n/messages';
import { currentFake } from '../support/fake';
import { LoginDemo } from '../support/LoginDemo';
import { ANA } from '../support/parts';
import { countRequests, recordRequests } from '../support/requests';

/**
 * `Login.Root`, `Login.MethodSwitch`, `Login.Identifier`, `Login.Password`, `Login.Error` and `Login.Submit`
 * against the fake User service, per PlatformSchema preset: what the shopper sees, what goes on the wire, and
 * where the sign-in goes next (`onNext`). Failures are in `Components/Login Errors`.
 */
const meta = {
  title: 'Components/Login',
  component: LoginDemo,
  args: { onSuccess: fn(), onNext: fn() },
} satisfies Meta<typeof LoginDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

async function typeCredentials(canvas: Canvas, identifier: string = ANA.email, password: string = ANA.password) {
  await userEvent.type(await canvas.findByLabelText('Email or mobile number'), identifier);
  await userEvent.type(canvas.getByLabelText('Password'), password);
}

export const Default: Story = {
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    const identifier = await canvas.findByLabelText('Email or mobile number');
    await expect(canvas.getByRole('group', { name: 'How to sign in' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Password', pressed: true })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'One-time code', pressed: false })).toBeVisible();
    await expect(identifier).toHaveAttribute('type', 'text');
    await expect(identifier).toHaveAttribute('autocomplete', 'username');
    await expect(identifier).toHaveAttribute('aria-invalid', 'false');
    // No country picker until a number is typed (an email needs none).
    await expect(canvas.queryByRole('button', { name: /^Country code/ })).toBeNull();
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('type', 'password');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    const submit = canvas.getByRole('button', { name: 'Sign in' });
    await expect(submit).toHaveAttribute('type', 'submit');
    await expect(submit).toHaveAttribute('aria-busy', 'false');
    await expect(submit.closest('form')).toHaveAttribute('data-method', 'password');
    // Switching method keeps what was typed; the OTP method takes a mobile number (Fynd sends codes by SMS).
    await userEvent.type(identifier, ANA.mobile);
    await userEvent.click(canvas.getByRole('button', { name: 'One-time code' }));
    await expect(canvas.getByRole('button', { name: 'One-time code', pressed: true })).toBeVisible();
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    // The number is kept (formatted as India writes it once the phone rules have loaded).
    await expect((canvas.getByLabelText('Mobile number') as HTMLInputElement).value.replace(/\D/g, '')).toBe(ANA.mobile);
    await expect(canvas.getByLabelText('Mobile number')).toHaveAttribute('type', 'tel');
    await expect(await canvas.findByRole('button', { name: 'Country code: India +91' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send code' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Password' }));
    await expect(canvas.getByLabelText('Password')).toHaveValue('');
    await expect(logins.count).toBe(0);
  },
};

export const OtpOnly: Story = {
  parameters: { fake: { preset: 'otpOnly' } },
  play: async ({ canvasElement, args, msw }) => {
    const sends = recordRequests(msw, 'loginWithOTP');
    const canvas = within(canvasElement);
    const mobile = await canvas.findByLabelText('Mobile number');
    await expect(mobile).toHaveAttribute('type', 'tel');
    await expect(mobile).toHaveAttribute('inputmode', 'tel');
    await expect(canvas.queryByRole('group', { name: 'How to sign in' })).toBeNull();
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await userEvent.type(mobile, '98765 43210');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(await canvas.findByText('Next: the code sent by mobile')).toBeVisible();
    // On the wire: the digits and the country code, as Fynd's storefront sends them.
    await waitFor(() => expect(sends.bodies).toEqual([{ mobile: ANA.mobile, country_code: '91' }]));
    await expect(args.onNext).toHaveBeenCalledWith({
      type: 'otpSent',
      target: expect.objectContaining({
        channel: 'mobile',
        mobile: ANA.mobile,
        countryCode: '91',
        requestId: expect.stringMatching(/^[0-9a-f]+$/),
        resendTimer: 30,
        resendToken: expect.stringMatching(/\S/),
      }),
    });
    // Fynd's codes have 4 digits.
    await expect(currentFake().lastCode(ANA.fullMobile, 'login-otp')).toMatch(/^\d{4}$/);
  },
};

export const OtpOnlyRejectsAnEmail: Story = {
  parameters: { fake: { preset: 'otpOnly' } },
  play: async ({ canvasElement, msw, args }) => {
    const sends = countRequests(msw, 'loginWithOTP');
    const canvas = within(canvasElement);
    const mobile = await canvas.findByLabelText('Mobile number');
    await userEvent.type(mobile, ANA.email);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(mobile).toHaveAttribute('aria-invalid', 'true');
    await expect(mobile).toHaveAccessibleDescription(messages.validationMobile);
    await waitFor(() => expect(mobile).toHaveFocus());
    await expect(sends.count).toBe(0);
    await expect(args.onNext).not.toHaveBeenCalled();
  },
};

export const EmailOtpWhenTheProviderOffersIt: Story = {
  // Fynd's storefronts do not offer email OTP sign-in; a storefront turns it on once, on the provider.
  args: { defaultMethod: 'otp' },
  parameters: { kit: { emailOtpLogin: true } },
  play: async ({ canvasElement, args, msw }) => {
    const sends = recordRequests(msw, 'sendOTPOnEmail');
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'One-time code', pressed: true })).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Email or mobile number'), ANA.email);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(await canvas.findByText('Next: the code sent by email')).toBeVisible();
    await waitFor(() => expect(sends.bodies).toEqual([{ email: ANA.email, action: 'send' }]));
    await expect(args.onNext).toHaveBeenCalledWith({ type: 'otpSent', target: expect.objectContaining({ channel: 'email', email: ANA.email }) });
    await expect(currentFake().lastCode(ANA.email, 'login-otp')).toMatch(/^\d{4}$/);
  },
};

export const PasswordOnly: Story = {
  parameters: { fake: { preset: 'passwordOnly' } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByLabelText('Password')).toBeVisible();
    await expect(canvas.queryByRole('group', { name: 'How to sign in' })).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'One-time code' })).toBeNull();
    // Password login takes a mobile number as user name too.
    await typeCredentials(canvas, ANA.mobile);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ user: expect.objectContaining({ first_name: 'Ana' }) }));
  },
};

export const NoSignInMethod: Story = {
  parameters: { fake: { preset: 'noSignInMethod' } },
  play: async ({ canvasElement, msw }) => {
    const passwordLogins = countRequests(msw, 'loginWithEmailAndPassword');
    const otpLogins = countRequests(msw, 'loginWithOTP');
    const canvas = within(canvasElement);
    await expect(await canvas.findByTestId('sign-in-methods')).toHaveTextContent(messages.loginNoSignInMethod);
    await expect(canvas.queryByRole('group', { name: 'How to sign in' })).toBeNull();
    // Login.Root says so instead of rendering a form that could never be sent.
    const statuses = canvas.getAllByRole('status');
    await expect(statuses.some((status) => status.textContent === messages.loginNoSignInMethod)).toBe(true);
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Sign in' })).toBeNull();
    await expect(passwordLogins.count + otpLogins.count).toBe(0);
  },
};

export const SignInWithPassword: Story = {
  args: { redirectTo: '/orders?page=2' },
  play: async ({ canvasElement, args, msw }) => {
    const logins = recordRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    await typeCredentials(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByText('Signed in as Ana (then /orders?page=2)')).toBeVisible();
    await waitFor(() => expect(logins.bodies).toEqual([{ username: ANA.email, password: ANA.password }]));
    await expect(args.onNext).toHaveBeenCalledWith({ type: 'signedIn', user: expect.objectContaining({ first_name: 'Ana' }) });
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
    await expect(args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ redirect: '/orders?page=2', user: expect.objectContaining({ first_name: 'Ana', last_name: 'Rao' }) }),
    );
    await expect(currentFake().sessionsOf(ANA.email)).toHaveLength(1);
  },
};

export const EmptySubmitSendsNothing: Story = {
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign in' }));
    const identifier = canvas.getByLabelText('Email or mobile number');
    await waitFor(() => expect(identifier).toHaveFocus());
    await expect(identifier).toHaveAttribute('aria-invalid', 'true');
    await expect(identifier).toHaveAccessibleDescription(messages.validationRequired);
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    await expect(logins.count).toBe(0);
  },
};

export const InvalidIdentifier: Story = {
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    await typeCredentials(canvas, 'ana@example');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const identifier = canvas.getByLabelText('Email or mobile number');
    await expect(identifier).toHaveAccessibleDescription(messages.validationEmailOrMobile);
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'false');
    await expect(logins.count).toBe(0);
  },
};

export const Submitting: Story = {
  parameters: { fake: { fault: 'slow' } },
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    await typeCredentials(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const busy = await canvas.findByRole('button', { name: 'Signing in…' });
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await expect(busy.closest('form')).toHaveAttribute('aria-busy', 'true');
    // A second click (or Enter) while busy sends nothing more.
    await userEvent.click(busy);
    await expect(await canvas.findByText('Signed in as Ana (then /)', {}, { timeout: 4000 })).toBeVisible();
    await expect(logins.count).toBe(1);
    await expect(canvas.getByRole('button', { name: 'Sign in' })).toHaveAttribute('aria-busy', 'false');
  },
};

export const AsChild: Story = {
  args: { custom: true },
  play: async ({ canvasElement, msw, args }) => {
    const logins = countRequests(msw, 'loginWithEmailAndPassword');
    const canvas = within(canvasElement);
    const identifier = await canvas.findByLabelText('Email or mobile number');
    // The story's own elements carry the parts' wiring: label, classes, autofill hints, submit type and label.
    await expect(identifier).toHaveClass('story-input');
    await expect(identifier).toHaveClass('fdk-input');
    await expect(identifier).toHaveAttribute('placeholder', 'you@example.com');
    await expect(identifier).toHaveAttribute('autocomplete', 'username');
    await expect(canvas.getByLabelText('Password')).toHaveClass('story-input');
    const submit = canvas.getByRole('button', { name: 'Sign in' });
    await expect(submit).toHaveClass('story-button');
    await expect(submit).toHaveAttribute('type', 'submit');
    // Validation reaches the custom input.
    await userEvent.click(submit);
    await expect(identifier).toHaveAttribute('aria-invalid', 'true');
    await expect(identifier).toHaveAccessibleDescription(messages.validationRequired);
    await waitFor(() => expect(identifier).toHaveFocus());
    await expect(logins.count).toBe(0);
    // And it submits.
    await userEvent.type(identifier, ANA.email);
    await userEvent.type(canvas.getByLabelText('Password'), ANA.password);
    await userEvent.click(submit);
    await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
    await expect(identifier).toHaveAttribute('aria-invalid', 'false');
    await expect(logins.count).toBe(1);
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
  },
};

export const AsChildBusy: Story = {
  args: { custom: true },
  parameters: { fake: { fault: 'slow' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeCredentials(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    // The custom button has no text of its own, so it takes the part's busy label.
    const busy = await canvas.findByRole('button', { name: 'Signing in…' });
    await expect(busy).toHaveClass('story-button');
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(await canvas.findByText('Signed in as Ana (then /)', {}, { timeout: 4000 })).toBeVisible();
  },
};
