import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import * as PhoneList from '../../src/components/PhoneList';
import { fakeUserMessages } from '../../src/testing/index';
import { currentFake } from '../support/fake';
import { countRequests } from '../support/requests';
import { ANA, linkCode, ProfileCard } from './support';

/** The PhoneList parts against the embedded fake User service, with Ana signed in. */
const meta = {
  title: 'Profile/PhoneList',
  parameters: { fake: { signedIn: true } },
  render: () => (
    <ProfileCard title="Mobile numbers">
      <PhoneList.Root>
        <PhoneList.Status />
        <PhoneList.Items />
        <PhoneList.Add />
      </PhoneList.Root>
    </ProfileCard>
  ),
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const LABEL = { selector: '.fdk-contact-label' };

export const Default: Story = {
  play: async ({ canvasElement, msw }) => {
    const deletes = countRequests(msw, 'deleteMobileNumber');
    const canvas = within(canvasElement);
    await canvas.findByText(ANA.fullMobile, LABEL);
    const remove = canvas.getByRole('button', { name: `Remove ${ANA.fullMobile}` });
    await expect(remove).toHaveAccessibleDescription('This is your primary mobile number. Make another one primary before removing it.');
    await userEvent.click(remove);
    await expect(deletes.count).toBe(0);
    await expect(canvas.getByLabelText('Mobile number')).toHaveAttribute('inputmode', 'tel');
    await expect(await canvas.findByRole('button', { name: 'Country code: India +91' })).toBeVisible();
  },
};

export const AddAndVerify: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(ANA.fullMobile, LABEL);
    await userEvent.type(canvas.getByLabelText('Mobile number'), '91234 56780');
    await userEvent.click(canvas.getByRole('button', { name: 'Add mobile number' }));
    await expect(await canvas.findByText('+91 9123456780 has been added.')).toBeVisible();
    const added = within(canvas.getByText('+91 9123456780', LABEL).closest('li')!);
    await expect(added.getByText('Not verified')).toBeVisible();
    const code = await waitFor(() => linkCode('9123456780', 'verify-mobile'));
    await userEvent.type(added.getByLabelText(/Code from the link/), code);
    await userEvent.click(added.getByRole('button', { name: 'Verify +91 9123456780' }));
    await expect(await canvas.findByText('+91 9123456780 is now verified.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Make primary +91 9123456780' }));
    await expect(await canvas.findByText('+91 9123456780 is now your primary mobile number.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: `Remove ${ANA.fullMobile}` })).toHaveAttribute('aria-disabled', 'false');
  },
};

export const AddExistingNumber: Story = {
  play: async ({ canvasElement, msw }) => {
    const adds = countRequests(msw, 'addMobileNumber');
    const canvas = within(canvasElement);
    await canvas.findByText(ANA.fullMobile, LABEL);
    const field = canvas.getByLabelText('Mobile number');
    await userEvent.type(field, '98765-43210');
    await userEvent.click(canvas.getByRole('button', { name: 'Add mobile number' }));
    await waitFor(() => expect(field).toHaveFocus());
    await expect(field).toHaveAccessibleDescription('You have already added this mobile number.');
    await expect(adds.count).toBe(0);
    await userEvent.clear(field);
    await userEvent.click(canvas.getByRole('button', { name: 'Add mobile number' }));
    await expect(field).toHaveAccessibleDescription('This field is required.');
    await expect(adds.count).toBe(0);
  },
};

export const AddTakenNumber: Story = {
  beforeEach: () => currentFake().faults.inject('addMobileNumber', { type: 'status', status: 409, body: { message: fakeUserMessages.mobileTaken } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(ANA.fullMobile, LABEL);
    await userEvent.type(canvas.getByLabelText('Mobile number'), '9000000001');
    await userEvent.click(canvas.getByRole('button', { name: 'Add mobile number' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(fakeUserMessages.mobileTaken);
    // What was typed is kept (formatted as India writes it once the phone rules have loaded).
    await expect((canvas.getByLabelText('Mobile number') as HTMLInputElement).value.replace(/\D/g, '')).toBe('9000000001');
  },
};

export const ServerError: Story = {
  beforeEach: () => currentFake().faults.inject('addMobileNumber', { type: 'html' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(ANA.fullMobile, LABEL);
    await userEvent.type(canvas.getByLabelText('Mobile number'), '9123456780');
    await userEvent.click(canvas.getByRole('button', { name: 'Add mobile number' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('We could not complete this right now');
    await expect(alert).not.toHaveTextContent('<');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByText('+91 9123456780 has been added.')).toBeVisible();
  },
};
