import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { messages } from '../../src/i18n/messages';
import { fakeUserMessages } from '../../src/testing/index';
import { currentFake, type FaultMode } from '../support/fake';
import { GOOD_PASSWORD, inboxCode } from '../support/parts';
import { countRequests, recordRequests } from '../support/requests';
import { StepsDemo } from '../support/StepsDemo';

/**
 * `Register.Root`, `Register.Field`, `Register.Skip`, `Register.Submit` and `Register.Error`, driven by the
 * preset's `register_required_fields` (hard fields must be filled, soft ones may be skipped) and Fynd's password
 * rule. Registering does not sign in: the flow goes on to "verify both" (`VerifyBoth.*`), and the session starts
 * once the codes are verified.
 */
const meta = {
  title: 'Components/Register',
  component: StepsDemo,
  args: { start: { step: 'register' }, onSuccess: fn(), onNext: fn() },
} satisfies Meta<typeof StepsDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

const ZOE = { firstName: 'Zoë', lastName: 'Zed', email: 'zoe@example.com' };
const ruleText = messages.validationPasswordRule.replace('{min}', '8');

async function fillZoe(canvas: Canvas, email: string = ZOE.email, password: string = GOOD_PASSWORD) {
  await userEvent.type(await canvas.findByLabelText('First name'), ZOE.firstName);
  await userEvent.type(canvas.getByLabelText('Last name'), ZOE.lastName);
  await userEvent.type(canvas.getByLabelText('Email address'), email);
  await userEvent.type(canvas.getByLabelText('Password'), password);
  await userEvent.type(canvas.getByLabelText('Confirm password'), password);
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const firstName = await canvas.findByLabelText('First name');
    await expect(firstName).toBeRequired();
    await expect(firstName).toHaveAttribute('autocomplete', 'given-name');
    await expect(canvas.getByLabelText('Last name')).toBeRequired();
    // Gender is a choice of Fynd's three values, "Other" standing for `unisex`.
    const gender = canvas.getByLabelText('Gender (Optional)');
    await expect(Array.from((gender as HTMLSelectElement).options, (option) => option.value)).toEqual(['', 'male', 'female', 'unisex']);
    // The default preset: email hard, mobile soft (asked, with a hint, skippable), password hard.
    await expect(canvas.getByLabelText('Email address')).toBeRequired();
    const mobile = canvas.getByLabelText('Mobile number (Optional)');
    await expect(mobile).not.toBeRequired();
    await expect(mobile).toHaveAccessibleDescription(messages.registerSoftFieldHint);
    // Its country picker, on the provider's default country (India).
    await expect(await canvas.findByRole('button', { name: 'Country code: India +91' })).toBeVisible();
    const password = canvas.getByLabelText('Password');
    await expect(password).toHaveAttribute('autocomplete', 'new-password');
    await expect(password).toHaveAccessibleDescription(ruleText);
    await expect(canvas.getByLabelText('Confirm password')).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByRole('button', { name: 'Create account' })).toHaveAttribute('type', 'submit');
    await expect(canvas.getByRole('button', { name: 'Skip for now' })).toHaveAttribute('type', 'button');
  },
};

export const HardFieldsBlockSubmit: Story = {
  parameters: { fake: { preset: 'hardRequiredEmailAndMobile' } },
  play: async ({ canvasElement, msw }) => {
    const registrations = countRequests(msw, 'registerWithForm');
    const canvas = within(canvasElement);
    const firstName = await canvas.findByLabelText('First name');
    await expect(canvas.queryByRole('button', { name: 'Skip for now' })).toBeNull();
    await expect(canvas.getByLabelText('Mobile number')).toBeRequired();
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    for (const label of ['First name', 'Last name', 'Email address', 'Mobile number', 'Password']) {
      await expect(canvas.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(canvas.getByLabelText('Gender (Optional)')).toHaveAttribute('aria-invalid', 'false');
    await expect(firstName).toHaveAccessibleDescription(messages.validationRequired);
    await waitFor(() => expect(firstName).toHaveFocus());
    // The focus goes to the first field still invalid.
    await userEvent.type(firstName, 'Ravi');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(canvas.getByLabelText('Last name')).toHaveFocus());
    await expect(firstName).toHaveAttribute('aria-invalid', 'false');
    await expect(registrations.count).toBe(0);
  },
};

export const RegisteringDoesNotSignIn: Story = {
  parameters: { fake: { preset: 'hardRequiredEmailAndMobile' } },
  play: async ({ canvasElement, args, msw }) => {
    const registrations = recordRequests(msw, 'registerWithForm');
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('First name'), 'Ravi');
    await userEvent.type(canvas.getByLabelText('Last name'), 'Rao');
    await userEvent.selectOptions(canvas.getByLabelText('Gender (Optional)'), 'Other');
    await userEvent.type(canvas.getByLabelText('Email address'), 'ravi@example.com');
    await userEvent.type(canvas.getByLabelText('Mobile number'), '90000 12345');
    await userEvent.type(canvas.getByLabelText('Password'), GOOD_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm password'), GOOD_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    // Both contacts get a code; the flow moves on to verify them, with no session and no account yet.
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Verify your details' })).toBeVisible();
    await expect(canvas.getByLabelText('Code sent by SMS')).toBeVisible();
    await expect(canvas.getByLabelText('Code sent by email')).toBeVisible();
    await waitFor(() =>
      expect(registrations.bodies).toEqual([
        { first_name: 'Ravi', last_name: 'Rao', gender: 'unisex', email: 'ravi@example.com', phone: { mobile: '9000012345', country_code: '91' }, password: GOOD_PASSWORD },
      ]),
    );
    await expect(args.onNext).toHaveBeenCalledWith({
      type: 'verificationRequired',
      verification: expect.objectContaining({
        registerToken: expect.stringMatching(/\S/),
        mobile: expect.objectContaining({ channel: 'mobile', mobile: '9000012345', countryCode: '91', resendToken: expect.stringMatching(/\S/) }),
        email: expect.objectContaining({ channel: 'email', email: 'ravi@example.com', resendToken: expect.stringMatching(/\S/) }),
      }),
    });
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await expect(currentFake().findUser('ravi@example.com')).toBeUndefined();
    await expect(inboxCode('+91 9000012345', 'verify-otp')).toMatch(/^\d{4}$/);
    await expect(inboxCode('ravi@example.com', 'verify-otp')).toMatch(/^\d{4}$/);
  },
};

export const SkipSoftField: Story = {
  play: async ({ canvasElement, args, msw }) => {
    const registrations = recordRequests(msw, 'registerWithForm');
    const canvas = within(canvasElement);
    await fillZoe(canvas);
    // A mobile number typed and then skipped is not sent: only the email is to verify.
    await userEvent.type(canvas.getByLabelText('Mobile number (Optional)'), '9000012399');
    await userEvent.click(canvas.getByRole('button', { name: 'Skip for now' }));
    const code = await canvas.findByLabelText('Code sent by email');
    await waitFor(() => expect(registrations.bodies[0]).not.toHaveProperty('phone'));
    await expect(canvas.queryByLabelText('Code sent by SMS')).toBeNull();
    await userEvent.type(code, inboxCode(ZOE.email, 'verify-otp'));
    await expect(await canvas.findByText('Signed in as Zoë (then /)')).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
    const zoe = currentFake().findUser(ZOE.email);
    await expect(zoe?.first_name).toBe('Zoë');
    await expect(zoe?.emails?.[0]).toMatchObject({ email: ZOE.email, verified: true });
    await expect(zoe?.phone_numbers ?? []).toHaveLength(0);
  },
};

export const SkipStillChecksHardFields: Story = {
  play: async ({ canvasElement, msw }) => {
    const registrations = countRequests(msw, 'registerWithForm');
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('First name'), 'Zoë');
    await userEvent.type(canvas.getByLabelText('Last name'), 'Zed');
    await userEvent.click(canvas.getByRole('button', { name: 'Skip for now' }));
    await expect(canvas.getByLabelText('Email address')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(canvas.getByLabelText('Email address')).toHaveFocus());
    await expect(registrations.count).toBe(0);
  },
};

export const PasswordMustMeetFyndsRule: Story = {
  play: async ({ canvasElement, msw }) => {
    const registrations = countRequests(msw, 'registerWithForm');
    const canvas = within(canvasElement);
    await fillZoe(canvas);
    const password = canvas.getByLabelText('Password');
    const confirm = canvas.getByLabelText('Confirm password');
    // Too short, a space, no special character: each refused before sending, with the rule in words.
    for (const weak of ['Sh0rt!', 'with space1!', 'NoSpecial123']) {
      await userEvent.clear(password);
      await userEvent.type(password, weak);
      await userEvent.clear(confirm);
      await userEvent.type(confirm, weak);
      await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
      await expect(password).toHaveAttribute('aria-invalid', 'true');
      await expect(canvas.getByText(ruleText, { selector: '.fdk-field-error' })).toBeVisible();
      await waitFor(() => expect(password).toHaveFocus());
    }
    // The confirmation must match.
    await userEvent.clear(password);
    await userEvent.type(password, GOOD_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await expect(confirm).toHaveAccessibleDescription(messages.validationPasswordMismatch);
    await expect(registrations.count).toBe(0);
  },
};

export const DuplicateEmail: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await fillZoe(canvas, 'ana@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(fakeUserMessages.emailTaken);
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    // The server named the email: the focus goes there, every value kept.
    await waitFor(() => expect(canvas.getByLabelText('Email address')).toHaveFocus());
    await expect(canvas.getByLabelText('First name')).toHaveValue(ZOE.firstName);
    await expect(canvas.getByLabelText('Password')).toHaveValue(GOOD_PASSWORD);
    await expect(args.onNext).not.toHaveBeenCalled();
  },
};

export const Submitting: Story = {
  parameters: { fake: { fault: 'slow' } },
  play: async ({ canvasElement, msw }) => {
    const registrations = countRequests(msw, 'registerWithForm');
    const canvas = within(canvasElement);
    await fillZoe(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    const busy = await canvas.findByRole('button', { name: 'Creating your account…' });
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(busy.closest('form')).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByRole('button', { name: 'Skip for now' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(busy);
    await expect(await canvas.findByLabelText('Code sent by email', {}, { timeout: 6000 })).toBeVisible();
    await expect(registrations.count).toBe(1);
  },
};

/** A fault on every call: the friendly message, the values kept, "Try again" when it may work. */
function faultStory(fault: FaultMode, message: string): Story {
  return {
    parameters: { fake: { fault } },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await fillZoe(canvas);
      await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent(message);
      await expect(alert).not.toHaveTextContent('<');
      await expect(canvas.getByLabelText('First name')).toHaveValue(ZOE.firstName);
      await expect(canvas.getByLabelText('Email address')).toHaveValue(ZOE.email);
      await expect(canvas.getByLabelText('Password')).toHaveValue(GOOD_PASSWORD);
      currentFake().faults.clear();
      await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
      await expect(await canvas.findByLabelText('Code sent by email')).toBeVisible();
    },
  };
}

export const ServerError: Story = faultStory('server-error', messages.errorServer);
export const HtmlError: Story = faultStory('html-error', messages.errorServer);
export const Offline: Story = faultStory('offline', messages.errorOffline);

export const OtpOnlyPreset: Story = {
  parameters: { fake: { preset: 'otpOnly' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Mobile hard, email soft: "Skip for now" leaves the email out and only the mobile is to verify.
    const mobile = await canvas.findByLabelText('Mobile number');
    await expect(mobile).toBeRequired();
    await expect(canvas.getByLabelText('Email address (Optional)')).not.toBeRequired();
    await userEvent.type(canvas.getByLabelText('First name'), 'Ira');
    await userEvent.type(canvas.getByLabelText('Last name'), 'Iyer');
    await userEvent.type(mobile, '9000012366');
    await userEvent.type(canvas.getByLabelText('Password'), GOOD_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm password'), GOOD_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Skip for now' }));
    await expect(await canvas.findByLabelText('Code sent by SMS')).toBeVisible();
    await expect(canvas.queryByLabelText('Code sent by email')).toBeNull();
  },
};

export const AsChild: Story = {
  args: { custom: true },
  play: async ({ canvasElement, msw }) => {
    const registrations = countRequests(msw, 'registerWithForm');
    const canvas = within(canvasElement);
    const email = await canvas.findByLabelText('Email address');
    await expect(email).toHaveClass('story-input');
    await expect(email).toHaveAttribute('type', 'email');
    await expect(email).toHaveAttribute('autocomplete', 'email');
    const submit = canvas.getByRole('button', { name: 'Join the store' });
    await expect(submit).toHaveAttribute('type', 'submit');
    // The skip button has no text of its own: it takes the part's label.
    await expect(canvas.getByRole('button', { name: 'Skip for now' })).toHaveClass('story-skip');
    await fillZoe(canvas, 'not-an-email');
    await userEvent.click(submit);
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(messages.validationEmail);
    await waitFor(() => expect(email).toHaveFocus());
    await expect(registrations.count).toBe(0);
    await userEvent.clear(email);
    await userEvent.type(email, ZOE.email);
    await userEvent.click(submit);
    await expect(await canvas.findByLabelText('Code sent by email')).toBeVisible();
    await expect(registrations.count).toBe(1);
  },
};
