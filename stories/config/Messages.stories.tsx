import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { AuthScreen } from '../../src/screens/AuthScreen';
import type { Messages } from '../../src/i18n/messages';

/** Every string can be overridden per key (a translation, your brand's wording). */
const meta = {
  title: 'Config/Messages',
  component: AuthScreen,
  parameters: { fake: { preset: 'passwordOnly' } },
} satisfies Meta<typeof AuthScreen>;
export default meta;
type Story = StoryObj<typeof meta>;

const french: Partial<Messages> = {
  loginTitle: 'Connexion',
  loginIdentifierLabel: 'E-mail ou mobile',
  fieldPassword: 'Mot de passe',
  loginSubmit: 'Se connecter',
  validationRequired: 'Ce champ est obligatoire.',
  loginForgotPassword: 'Mot de passe oublié ?',
};

export const EnglishDefault: Story = {
  args: {},
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Sign in' })).toBeVisible();
  },
};

export const FrenchOverride: Story = {
  args: { messages: french },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const submit = await canvas.findByRole('button', { name: 'Se connecter' });
    await expect(canvas.getByLabelText('Mot de passe')).toBeVisible();
    await userEvent.click(submit);
    await expect((await canvas.findAllByText('Ce champ est obligatoire.')).length).toBeGreaterThan(0);
    // Keys that were not overridden keep their English text.
    await expect(canvas.getByRole('button', { name: 'Create an account' })).toBeVisible();
  },
};
