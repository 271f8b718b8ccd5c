import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Otp } from '../../src/components/Otp';
import { Register } from '../../src/components/Register';
import type { OtpTarget, SignedInResult } from '../../src/forms/successTypes';
import type { RegisterValues } from '../../src/forms/useRegisterForm';
import { messages } from '../../src/i18n/messages';
import { currentFake, storyClient, type FaultMode } from '../support/fake';
import { inboxCode, sendMobileCode, SignedInNote, StoryCard, WithPlatformView } from '../support/parts';
import { countRequests } from '../support/requests';

interface RegisterDemoProps {
  onSuccess: (result: SignedInResult) => void;
  onOtpRequired: (target: OtpTarget) => void;
  /** From an OTP step for a new shopper. */
  registerToken?: string;
  defaultValues?: Partial<RegisterValues>;
  /** Render the email field, submit and skip `asChild`, with elements of the story's own. */
  custom?: boolean;
}

const customInput = { border: '2px solid #7c2d12', borderRadius: 0, padding: '0.5rem' };

/** The Register parts as an app composes them; a code to verify the mobile number opens the OTP parts. */
function RegisterDemo({ onSuccess, onOtpRequired, registerToken, defaultValues, custom }: RegisterDemoProps) {
  const [signedIn, setSignedIn] = useState<SignedInResult>();
  const [target, setTarget] = useState<OtpTarget>();
  const done = (result: SignedInResult) => {
    setSignedIn(result);
    onSuccess(result);
  };
  return (
    <StoryCard title={target ? 'Verify your mobile number' : 'Create an account'}>
      <WithPlatformView>
        {(view) =>
          target ? (
            <Otp.Root target={target} onSuccess={done} className="fdk-form">
              <Otp.Input />
              <Otp.Error />
              <Otp.Submit />
            </Otp.Root>
          ) : (
            <Register.Root
              view={view}
              registerToken={registerToken}
              defaultValues={defaultValues}
              className="fdk-form"
              onSuccess={done}
              onOtpRequired={(next) => {
                setTarget(next);
                onOtpRequired(next);
              }}
            >
              <Register.Field name="first_name" />
              <Register.Field name="last_name" />
              {custom ? (
                <Register.Field name="email" asChild>
                  <input className="story-input" style={customInput} />
                </Register.Field>
              ) : (
                <Register.Field name="email" />
              )}
              <Register.Field name="mobile" />
              <Register.Field name="password" />
              <Register.Error />
              {custom ? (
                <>
                  <Register.Submit asChild>
                    <button className="story-button" style={{ background: '#7c2d12', color: '#ffffff', border: 0, padding: '0.75rem' }}>
                      Join the store
                    </button>
                  </Register.Submit>
                  <Register.Skip asChild>
                    <button className="story-skip" style={{ background: 'none', color: '#7c2d12', border: 0, textDecoration: 'underline' }} />
                  </Register.Skip>
                </>
              ) : (
                <>
                  <Register.Submit />
                  <Register.Skip />
                </>
              )}
            </Register.Root>
          )
        }
      </WithPlatformView>
      <SignedInNote result={signedIn} />
    </StoryCard>
  );
}

/**
 * `Register.Root`, `Register.Field`, `Register.Skip`, `Register.Submit` and `Register.Error`, driven by the
 * preset's `register_required_fields` (hard fields must be filled, soft ones may be skipped).
 */
const meta = {
  title: 'Components/Register',
  component: RegisterDemo,
  args: { onSuccess: fn(), onOtpRequired: fn() },
} satisfies Meta<typeof RegisterDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

const ZOE = { firstName: 'Zoë', email: 'zoe@example.com', password: 'a long pass phrase' };

async function fillZoe(canvas: Canvas, email: string = ZOE.email) {
  await userEvent.type(await canvas.findByLabelText('First name'), ZOE.firstName);
  await userEvent.type(canvas.getByLabelText('Email address'), email);
  await userEvent.type(canvas.getByLabelText('Password'), ZOE.password);
}

const userWithEmail = (email: string) => currentFake().users.find((user) => user.emails?.some((entry) => entry.email === email));

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const firstName = await canvas.findByLabelText('First name');
    await expect(firstName).toBeRequired();
    await expect(firstName).toHaveAttribute('autocomplete', 'given-name');
    await expect(canvas.getByLabelText('Last name (Optional)')).not.toBeRequired();
    // The default preset: email hard, mobile soft (asked, with a hint, skippable), password hard.
    await expect(canvas.getByLabelText('Email address')).toBeRequired();
    const mobile = canvas.getByLabelText('Mobile number (Optional)');
    await expect(mobile).not.toBeRequired();
    await expect(mobile).toHaveAccessibleDescription(messages.registerSoftFieldHint);
    await expect(canvas.getByLabelText('Country code (Optional)')).toHaveValue('91');
    const password = canvas.getByLabelText('Password');
    await expect(password).toHaveAttribute('autocomplete', 'new-password');
    await expect(password).toHaveAccessibleDescription('Use at least 8 characters.');
    await expect(canvas.getByRole('button', { name: 'Create account' })).toHaveAttribute('type', 'submit');
    await expect(canvas.getByRole('button', { name: 'Skip for now' })).toHaveAttribute('type', 'button');
    await expect(canvas.queryByLabelText(/Gender/)).toBeNull();
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
    for (const label of ['First name', 'Email address', 'Mobile number', 'Password']) {
      await expect(canvas.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(canvas.getByLabelText('Last name (Optional)')).toHaveAttribute('aria-invalid', 'false');
    await expect(firstName).toHaveAccessibleDescription(messages.validationRequired);
    await waitFor(() => expect(firstName).toHaveFocus());
    // The focus goes to the first field still invalid.
    await userEvent.type(firstName, 'Ravi');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(canvas.getByLabelText('Email address')).toHaveFocus());
    await expect(firstName).toHaveAttribute('aria-invalid', 'false');
    await expect(registrations.count).toBe(0);
  },
};

export const HardFieldsThenVerifyMobile: Story = {
  parameters: { fake: { preset: 'hardRequiredEmailAndMobile' } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('First name'), 'Ravi');
    await userEvent.type(canvas.getByLabelText('Email address'), 'ravi@example.com');
    await userEvent.type(canvas.getByLabelText('Mobile number'), '90000 12345');
    await userEvent.type(canvas.getByLabelText('Password'), 'ravi password');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    // The new mobile number gets a code to verify it.
    const code = await canvas.findByLabelText('One-time code');
    await expect(args.onOtpRequired).toHaveBeenCalledWith(expect.objectContaining({ channel: 'mobile', mobile: '9000012345', countryCode: '91' }));
    await expect(code).toHaveAccessibleDescription('We sent a code to +91 9000012345.');
    await userEvent.type(code, inboxCode('+91 9000012345', 'verify-otp'));
    await expect(await canvas.findByText('Signed in as Ravi (then /)')).toBeVisible();
    await expect(userWithEmail('ravi@example.com')?.phone_numbers?.[0]).toMatchObject({ phone: '9000012345', verified: true });
  },
};

export const SkipSoftField: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await fillZoe(canvas);
    // A mobile number typed and then skipped is not sent.
    await userEvent.type(canvas.getByLabelText('Mobile number (Optional)'), '9000012399');
    await userEvent.click(canvas.getByRole('button', { name: 'Skip for now' }));
    await expect(await canvas.findByText('Signed in as Zoë (then /)')).toBeVisible();
    await expect(args.onOtpRequired).not.toHaveBeenCalled();
    const zoe = userWithEmail(ZOE.email);
    await expect(zoe?.first_name).toBe('Zoë');
    await expect(zoe?.phone_numbers ?? []).toHaveLength(0);
  },
};

export const SkipStillChecksHardFields: Story = {
  play: async ({ canvasElement, msw }) => {
    const registrations = countRequests(msw, 'registerWithForm');
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText('First name'), 'Zoë');
    await userEvent.click(canvas.getByRole('button', { name: 'Skip for now' }));
    await expect(canvas.getByLabelText('Email address')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(canvas.getByLabelText('Email address')).toHaveFocus());
    await expect(registrations.count).toBe(0);
  },
};

export const PasswordTooShort: Story = {
  play: async ({ canvasElement, msw }) => {
    const registrations = countRequests(msw, 'registerWithForm');
    const canvas = within(canvasElement);
    await fillZoe(canvas);
    const password = canvas.getByLabelText('Password');
    await userEvent.clear(password);
    await userEvent.type(password, 'short');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText('Use at least 8 characters.', { selector: '.fdk-field-error' })).toBeVisible();
    await waitFor(() => expect(password).toHaveFocus());
    await expect(registrations.count).toBe(0);
  },
};

export const DuplicateEmail: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await fillZoe(canvas, 'ana@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('An account with this email already exists.');
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    await expect(canvas.getByLabelText('First name')).toHaveValue(ZOE.firstName);
    await expect(canvas.getByLabelText('Email address')).toHaveValue('ana@example.com');
    await expect(canvas.getByLabelText('Password')).toHaveValue(ZOE.password);
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await expect(currentFake().users.filter((user) => user.first_name === ZOE.firstName)).toHaveLength(0);
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
    await expect(await canvas.findByText('Signed in as Zoë (then /)', {}, { timeout: 6000 })).toBeVisible();
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
      await expect(canvas.getByLabelText('Password')).toHaveValue(ZOE.password);
      await expect(userWithEmail(ZOE.email)).toBeUndefined();
      currentFake().faults.clear();
      // A 429 says how long to wait, with no "Try again"; the shopper sends the form again later.
      if (fault === 'rate-limited') await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
      await userEvent.click(canvas.getByRole('button', { name: fault === 'rate-limited' ? 'Create account' : 'Try again' }));
      await expect(await canvas.findByText('Signed in as Zoë (then /)')).toBeVisible();
    },
  };
}

export const ServerError: Story = faultStory('server-error', messages.errorServer);
export const HtmlError: Story = faultStory('html-error', messages.errorServer);
export const Offline: Story = faultStory('offline', messages.errorOffline);
export const RateLimited: Story = faultStory('rate-limited', 'Too many attempts. Try again in 30 s.');

export const OtpOnlyPreset: Story = {
  parameters: { fake: { preset: 'otpOnly' } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // Mobile hard, no email, no password (the config has no password login), nothing to skip.
    const mobile = await canvas.findByLabelText('Mobile number');
    await expect(mobile).toBeRequired();
    await expect(canvas.queryByLabelText(/Email address/)).toBeNull();
    await expect(canvas.queryByLabelText(/Password/)).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Skip for now' })).toBeNull();
    await userEvent.type(canvas.getByLabelText('First name'), 'Ira');
    await userEvent.type(mobile, '9000012366');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await expect(await canvas.findByLabelText('One-time code')).toBeVisible();
    await expect(args.onOtpRequired).toHaveBeenCalledWith(expect.objectContaining({ channel: 'mobile', mobile: '9000012366' }));
  },
};

export const AfterOtpForNewNumber: Story = {
  // The OTP step proved a new number: registration does not ask for it again, and the password becomes soft.
  beforeEach: async ({ args }) => {
    const target = await sendMobileCode('9000012345');
    if (target.channel !== 'mobile') return;
    const answer = await storyClient().verifyMobileOTP({ body: { request_id: target.requestId, otp: inboxCode('+91 9000012345', 'login-otp') } });
    args.registerToken = answer.register_token;
    args.defaultValues = { mobile: '9000012345', countryCode: '91' };
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(args.registerToken).toMatch(/\S/);
    await userEvent.type(await canvas.findByLabelText('First name'), 'Ira');
    await expect(canvas.queryByLabelText(/Mobile number/)).toBeNull();
    await expect(canvas.getByLabelText('Password (Optional)')).not.toBeRequired();
    await expect(canvas.getByRole('button', { name: 'Skip for now' })).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Email address'), 'ira@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await expect(await canvas.findByText('Signed in as Ira (then /)')).toBeVisible();
    await expect(args.onOtpRequired).not.toHaveBeenCalled();
    await expect(userWithEmail('ira@example.com')?.phone_numbers?.[0]).toMatchObject({ phone: '9000012345', verified: true });
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
    await userEvent.type(canvas.getByLabelText('First name'), ZOE.firstName);
    await userEvent.type(email, 'not-an-email');
    await userEvent.type(canvas.getByLabelText('Password'), ZOE.password);
    await userEvent.click(submit);
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(messages.validationEmail);
    await waitFor(() => expect(email).toHaveFocus());
    await expect(registrations.count).toBe(0);
    await userEvent.clear(email);
    await userEvent.type(email, ZOE.email);
    await userEvent.click(submit);
    await expect(await canvas.findByText('Signed in as Zoë (then /)')).toBeVisible();
    await expect(registrations.count).toBe(1);
  },
};
