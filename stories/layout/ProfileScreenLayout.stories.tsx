import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { Messages } from '../../src/i18n/messages';
import { ProfileScreen } from '../../src/screens/ProfileScreen';
import { arabicLoader, expectLayoutsHold, LayoutFrame } from '../support/layoutMatrix';

/**
 * `ProfileScreen` holds at 320, 360, 768 and 1280 px, light and dark, left-to-right and right-to-left (Arabic):
 * every section (details, emails, mobile numbers, password, sessions) with Ana signed in, and with the forms of
 * the longest state (an added number waiting for its code).
 */
const meta = {
  title: 'Layout/ProfileScreen',
  tags: ['browser-matrix'],
  component: ProfileScreen,
  args: { onSignedOut: fn() },
  parameters: { fake: { signedIn: true } },
  loaders: [arabicLoader],
  render: (args, { loaded }) => <LayoutFrame arabic={(loaded as { arabic?: Partial<Messages> }).arabic}>{(localized) => <ProfileScreen {...args} messages={localized} />}</LayoutFrame>,
} satisfies Meta<typeof ProfileScreen>;
export default meta;
type Story = StoryObj<typeof meta>;

export const AllSections: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByLabelText('First name')).toHaveValue('Ana'), { timeout: 3000 });
    await canvas.findByText('1 active session');
    await expectLayoutsHold(canvasElement);
  },
};

export const SignedOut: Story = {
  parameters: { fake: { signedIn: false } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: /sign in/i });
    await expectLayoutsHold(canvasElement);
  },
};

export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByLabelText('First name')).toHaveValue('Ana'), { timeout: 3000 });
    await userEvent.clear(canvas.getByLabelText('First name'));
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Add email address' }));
    await waitFor(() => expect(canvas.getByLabelText('First name')).toHaveAttribute('aria-invalid', 'true'));
    await expectLayoutsHold(canvasElement);
  },
};
