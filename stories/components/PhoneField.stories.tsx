import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { loadPhoneRules } from '../../src/forms/phone/phoneRulesLoader';
import { ar } from '../../src/i18n/locales/ar';
import { LoginDemo } from '../support/LoginDemo';
import { recordRequests } from '../support/requests';

/**
 * The phone entry of the sign-in field (`PhoneField.Root` inside `Login.Identifier`; registration, complete profile
 * and add-phone use the same parts): the country picker shows for a number only, a typed `+code` picks its country,
 * the number is formatted and checked by its country's rules (libphonenumber-js, loaded on the first digit), and
 * the picker is a searchable combobox.
 */
const meta = {
  title: 'Components/Phone Field',
  component: LoginDemo,
  args: { onSuccess: fn(), onNext: fn() },
} satisfies Meta<typeof LoginDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

const pickerButton = (canvas: ReturnType<typeof within>, name: string | RegExp = /^Country code/) => canvas.findByRole('button', { name });

export const EmailTyped: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = await canvas.findByLabelText('Email or mobile number');
    await userEvent.type(field, 'ana@example.com');
    // An email: no country picker beside it.
    await expect(canvas.queryByRole('button', { name: /^Country code/ })).toBeNull();
    await expect(field).toHaveValue('ana@example.com');
  },
};

export const PhoneTyped: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = await canvas.findByLabelText('Email or mobile number');
    await userEvent.type(field, '+971 50 123 4567');
    // A number: the picker shows, on the country of the typed +code; the number reads left to right.
    await expect(await pickerButton(canvas, 'Country code: United Arab Emirates +971')).toBeVisible();
    await expect(field).toHaveAttribute('dir', 'ltr');
    await waitFor(() => expect(field).toHaveValue('+971 50 123 4567'));
  },
};

export const PickerOpen: Story = {
  // Ends with the list open: a popup lies over the controls below it by design (the layout rule is for the page).
  parameters: { fake: { preset: 'otpOnly' }, layoutCheck: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByLabelText('Mobile number');
    const button = await pickerButton(canvas, 'Country code: India +91');
    await userEvent.click(button);
    const combobox = await canvas.findByRole('combobox', { name: 'Search countries' });
    await expect(combobox).toHaveFocus();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await userEvent.type(combobox, 'ara');
    const uae = await canvas.findByRole('option', { name: /United Arab Emirates/ });
    await expect(canvas.getByRole('listbox')).toBeVisible();
    await expect(combobox).toHaveAttribute('aria-controls', canvas.getByRole('listbox').id);
    await expect(uae).toHaveTextContent('+971');
    await expect(canvas.getAllByRole('option')[0]).toHaveAttribute('id', combobox.getAttribute('aria-activedescendant'));
  },
};

export const InvalidNumber: Story = {
  parameters: { fake: { preset: 'otpOnly' } },
  play: async ({ canvasElement, msw }) => {
    const sends = recordRequests(msw, 'loginWithOTP');
    await loadPhoneRules();
    const canvas = within(canvasElement);
    const field = await canvas.findByLabelText('Mobile number');
    await userEvent.type(field, '+971 50 123');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    // Checked by the Emirates' rules before anything is sent, and the error names the country.
    await expect(await canvas.findByText('Enter a valid mobile number for United Arab Emirates.')).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(sends.bodies).toEqual([]);
  },
};

export const RightToLeft: Story = {
  parameters: { fake: { preset: 'otpOnly' }, kit: { messages: ar, defaultCountry: 'AE' } },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement, msw }) => {
    const sends = recordRequests(msw, 'loginWithOTP');
    const canvas = within(canvasElement);
    const field = await canvas.findByLabelText(ar.fieldMobile);
    // The provider's defaultCountry, named in Arabic; the number and the dial code stay left to right.
    const button = await pickerButton(canvas, /\+971$/);
    await expect(button.getAttribute('aria-label')).toContain('الإمارات');
    await expect(field).toHaveAttribute('dir', 'ltr');
    await userEvent.type(field, '0501234567');
    await waitFor(() => expect(field).toHaveValue('050 123 4567'));
    await userEvent.click(canvas.getByRole('button', { name: ar.otpSendCode }));
    await waitFor(() => expect(sends.bodies).toEqual([{ mobile: '501234567', country_code: '971' }]));
    await expect(canvasElement.scrollWidth).toBeLessThanOrEqual(canvasElement.clientWidth);
  },
};
