import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { platformPresets } from '../../src/testing/presets';
import { ConfigPanel } from '../support/ConfigPanel';

/** What `readPlatformConfig` and `checkPlatformConfig` make of each PlatformSchema preset. */
const meta = {
  title: 'Config/readPlatformConfig',
  component: ConfigPanel,
  parameters: { fake: { noProvider: true }, layout: 'padded' },
} satisfies Meta<typeof ConfigPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  args: { title: 'default', config: platformPresets.default },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('password')).toHaveTextContent('yes');
    await expect(canvas.getByTestId('otp')).toHaveTextContent('yes');
    await expect(canvas.getByTestId('social')).toHaveTextContent('google, facebook');
    await expect(canvas.getByTestId('register-mobile')).toHaveTextContent('soft');
    await expect(canvas.getByTestId('warnings')).toHaveTextContent('none');
  },
};

export const OtpOnly: Story = {
  args: { title: 'otpOnly', config: platformPresets.otpOnly },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('password')).toHaveTextContent('no');
    await expect(canvas.getByTestId('identifiers')).toHaveTextContent('mobile');
    await expect(canvas.getByTestId('links')).toHaveTextContent('yes / no');
  },
};

export const PasswordOnly: Story = {
  args: { title: 'passwordOnly', config: platformPresets.passwordOnly },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('otp')).toHaveTextContent('no');
    await expect(canvas.getByTestId('social')).toHaveTextContent('none');
  },
};

export const HardRequiredEmailAndMobile: Story = {
  args: { title: 'hardRequiredEmailAndMobile', config: platformPresets.hardRequiredEmailAndMobile },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('register-email')).toHaveTextContent('hard');
    await expect(canvas.getByTestId('register-mobile')).toHaveTextContent('hard');
  },
};

export const NoSignInMethod: Story = {
  args: { title: 'noSignInMethod', config: platformPresets.noSignInMethod },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('status')).toHaveTextContent('no-sign-in-method');
    await expect(canvas.getByTestId('warnings')).toHaveTextContent('no-sign-in-method');
  },
};

export const Branded: Story = {
  args: { title: 'branded', config: platformPresets.branded },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('heading')).toHaveTextContent('Welcome to Acme Store');
    await expect(canvas.getByTestId('flash')).toHaveTextContent('Free shipping on your first order');
    await expect(canvas.getByTestId('card')).toHaveTextContent('right');
  },
};

export const NoConfigAtAll: Story = {
  args: { title: 'no config (safe defaults)', config: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('status')).toHaveTextContent('ok');
    await expect(canvas.getByTestId('password')).toHaveTextContent('yes');
  },
};
