import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { messages } from '../../src/i18n/messages';
import { fakeUserMessages } from '../../src/testing/index';
import { currentFake } from '../support/fake';
import { inboxCode } from '../support/parts';
import { googleGetter, newNumberTicket } from '../support/register';
import { countRequests, recordRequests } from '../support/requests';
import { StepsDemo } from '../support/StepsDemo';

/**
 * `CompleteProfile.Root`, `Known`, `Field`, `Error` and `Submit` (flows.md F6, F7): a new shopper, after an OTP
 * for a number with no account or a social login for a new email, completes a profile (`updateProfile` with the
 * `register_token`, no session). The contact the earlier step proved is not asked again; the other is asked as
 * the application's `required_fields` say (hard or soft). A new contact is verified before the session starts.
 */
const meta = {
  title: 'Components/CompleteProfile',
  component: StepsDemo,
  args: { start: { step: 'login' }, onSuccess: fn(), onNext: fn() },
} satisfies Meta<typeof StepsDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

const NEW = { mobile: '9000012345', fullMobile: '+91 9000012345', email: 'ira@example.com' };

async function typeNames(canvas: Canvas) {
  await userEvent.type(await canvas.findByLabelText('First name'), 'Ira');
  await userEvent.type(canvas.getByLabelText('Last name'), 'Iyer');
}

export const AfterOtpWithAHardEmail: Story = {
  beforeEach: async ({ args }) => {
    args.start = { step: 'completeProfile', registerToken: await newNumberTicket(NEW.mobile), known: { mobile: NEW.mobile, countryCode: '91' } };
  },
  play: async ({ canvasElement, args, msw }) => {
    const saves = recordRequests(msw, 'updateProfile');
    const canvas = within(canvasElement);
    // The number the code proved is shown, not asked again; the email is required (the default preset: hard).
    await expect(await canvas.findByText(/Signing up with/)).toHaveTextContent('Signing up with +91 9000012345');
    await expect(canvas.queryByLabelText(/Mobile number/)).toBeNull();
    await expect(canvas.queryByLabelText(/Password/)).toBeNull();
    const email = canvas.getByLabelText('Email address');
    await expect(email).toBeRequired();
    await userEvent.click(canvas.getByRole('button', { name: messages.completeProfileSubmit }));
    await expect(canvas.getByLabelText('First name')).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(canvas.getByLabelText('First name')).toHaveFocus());
    await expect(saves.count).toBe(0);
    await typeNames(canvas);
    await userEvent.selectOptions(canvas.getByLabelText('Gender (Optional)'), 'Female');
    await userEvent.type(email, NEW.email);
    await userEvent.click(canvas.getByRole('button', { name: messages.completeProfileSubmit }));
    // The new email gets a code: "verify both" with the email only, no session yet.
    const code = await canvas.findByLabelText('Code sent by email');
    const registerToken = args.start.step === 'completeProfile' ? args.start.registerToken : '';
    await waitFor(() => expect(saves.bodies).toEqual([{ register_token: registerToken, first_name: 'Ira', last_name: 'Iyer', gender: 'female', email: NEW.email }]));
    await expect(canvas.queryByLabelText('Code sent by SMS')).toBeNull();
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await userEvent.type(code, inboxCode(NEW.email, 'verify-otp'));
    await expect(await canvas.findByText('Signed in as Ira (then /)')).toBeVisible();
    const ira = currentFake().findUser(NEW.email);
    await expect(ira?.phone_numbers?.[0]).toMatchObject({ phone: NEW.mobile, verified: true });
    await expect(ira?.emails?.[0]).toMatchObject({ email: NEW.email, verified: true });
  },
};

export const AfterOtpWithASoftEmail: Story = {
  // The otpOnly preset asks the email softly: it may be left out, and then there is nothing more to verify.
  parameters: { fake: { preset: 'otpOnly' } },
  beforeEach: async ({ args }) => {
    args.start = { step: 'completeProfile', registerToken: await newNumberTicket(NEW.mobile), known: { mobile: NEW.mobile, countryCode: '91' } };
  },
  play: async ({ canvasElement, args, msw }) => {
    const saves = recordRequests(msw, 'updateProfile');
    const canvas = within(canvasElement);
    await typeNames(canvas);
    const email = canvas.getByLabelText('Email address (Optional)');
    await expect(email).not.toBeRequired();
    await expect(email).toHaveAccessibleDescription(messages.registerSoftFieldHint);
    await userEvent.click(canvas.getByRole('button', { name: messages.completeProfileSubmit }));
    await expect(await canvas.findByText('Signed in as Ira (then /)')).toBeVisible();
    await waitFor(() => expect(saves.bodies[0]).not.toHaveProperty('email'));
    await expect(args.onNext).toHaveBeenCalledWith({ type: 'signedIn', user: expect.objectContaining({ first_name: 'Ira' }) });
    await expect(currentFake().sessionsOf(NEW.mobile)).toHaveLength(1);
  },
};

export const EmailVerifiedByLink: Story = {
  // A service that verifies a new email by link: the account and the session start at once, the link follows.
  parameters: { fake: { emailVerification: 'link' } },
  beforeEach: async ({ args }) => {
    args.start = { step: 'completeProfile', registerToken: await newNumberTicket(NEW.mobile), known: { mobile: NEW.mobile, countryCode: '91' } };
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await typeNames(canvas);
    await userEvent.type(canvas.getByLabelText('Email address'), NEW.email);
    await userEvent.click(canvas.getByRole('button', { name: messages.completeProfileSubmit }));
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();
    await expect(args.onNext).toHaveBeenCalledWith({ type: 'emailLinkSent', email: NEW.email, user: expect.objectContaining({ first_name: 'Ira' }) });
    await expect(currentFake().lastMessage(NEW.email, 'verify-email')?.link).toMatch(/\/auth\/verify-email\?code=/);
    await expect(currentFake().sessionsOf(NEW.mobile)).toHaveLength(1);
    await expect(currentFake().findUser(NEW.mobile)?.emails?.[0]).toMatchObject({ email: NEW.email, verified: false });
  },
};

export const AfterASocialLogin: Story = {
  // A Google sign-in for an email with no account: the provider's profile fills the names, the email is proven.
  args: { start: { step: 'login' } },
  parameters: { kit: { social: { google: googleGetter('kim@example.com', { first_name: 'Kim', last_name: 'Lee' }) } } },
  play: async ({ canvasElement, args, msw }) => {
    const saves = recordRequests(msw, 'updateProfile');
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Continue with Google' }));
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Complete your profile' })).toBeVisible();
    await expect(args.onNext).toHaveBeenCalledWith({
      type: 'profileRequired',
      registerToken: expect.stringMatching(/\S/),
      known: { email: 'kim@example.com', first_name: 'Kim', last_name: 'Lee' },
    });
    await expect(canvas.getByText(/Signing up with/)).toHaveTextContent('Signing up with kim@example.com');
    await expect(canvas.queryByLabelText(/Email address/)).toBeNull();
    await expect(canvas.getByLabelText('First name')).toHaveValue('Kim');
    await expect(canvas.getByLabelText('Last name')).toHaveValue('Lee');
    // The mobile is soft in the default preset; given, it gets a code to verify first.
    await userEvent.type(canvas.getByLabelText('Mobile number (Optional)'), '90000 12377');
    await userEvent.click(canvas.getByRole('button', { name: messages.completeProfileSubmit }));
    const code = await canvas.findByLabelText('Code sent by SMS');
    await waitFor(() => expect(saves.bodies[0]).toMatchObject({ first_name: 'Kim', last_name: 'Lee', mobile: { phone: '9000012377', country_code: '91' } }));
    await expect(saves.bodies[0]).not.toHaveProperty('email');
    await userEvent.type(code, inboxCode('+91 9000012377', 'verify-otp'));
    await expect(await canvas.findByText('Signed in as Kim (then /)')).toBeVisible();
    await expect(currentFake().findUser('kim@example.com')?.phone_numbers?.[0]).toMatchObject({ phone: '9000012377', verified: true });
  },
};

export const AfterASocialLoginWithAHardMobile: Story = {
  args: { start: { step: 'login' } },
  parameters: { fake: { preset: 'hardRequiredEmailAndMobile' }, kit: { social: { google: googleGetter('kim@example.com') } } },
  play: async ({ canvasElement, msw }) => {
    const saves = countRequests(msw, 'updateProfile');
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Continue with Google' }));
    const mobile = await canvas.findByLabelText('Mobile number');
    await expect(mobile).toBeRequired();
    await typeNames(canvas);
    await userEvent.click(canvas.getByRole('button', { name: messages.completeProfileSubmit }));
    await expect(mobile).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(mobile).toHaveFocus());
    await expect(saves.count).toBe(0);
  },
};

export const UnknownRegisterToken: Story = {
  args: { start: { step: 'completeProfile', registerToken: 'no-such-token', known: { mobile: NEW.mobile, countryCode: '91' } } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await typeNames(canvas);
    await userEvent.type(canvas.getByLabelText('Email address'), NEW.email);
    await userEvent.click(canvas.getByRole('button', { name: messages.completeProfileSubmit }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(fakeUserMessages.invalidRegisterToken);
    await expect(canvas.getByLabelText('First name')).toHaveValue('Ira');
    await expect(args.onNext).not.toHaveBeenCalled();
  },
};
