import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import * as Social from '../../src/components/Social';
import { readPlatformConfig } from '../../src/config/readPlatformConfig';
import type { SocialTokenGetters } from '../../src/config/settings';
import type { AuthFlowEvent, SignedInResult } from '../../src/flow/types';
import { SocialLoginCancelled } from '../../src/forms/social/socialLogin';
import { messages } from '../../src/i18n/messages';
import type { PlatformSchema } from '../../src/schemas/config';
import { fakeSocialToken } from '../../src/testing/index';
import { platformPresets } from '../../src/testing/presets';
import { currentFake, type FaultMode } from '../support/fake';
import { NextNote, SignedInNote, StoryCard } from '../support/parts';
import { countRequests, recordRequests } from '../support/requests';

interface SocialDemoProps {
  /** The PlatformSchema whose `social` switches decide the buttons. */
  config: PlatformSchema;
  onNext: (event: AuthFlowEvent) => void;
  onSuccess: (result: SignedInResult) => void;
}

/** `Social.Buttons` on a view of `config`, with the token getters the story gives the provider (`parameters.kit.social`). */
function SocialDemo({ config, onNext, onSuccess }: SocialDemoProps) {
  const [signedIn, setSignedIn] = useState<SignedInResult>();
  const [next, setNext] = useState<AuthFlowEvent>();
  const view = readPlatformConfig(config);
  return (
    <StoryCard title="Continue with">
      <div data-testid="buttons">
        <Social.Buttons
          view={view}
          onNext={(event) => {
            setNext(event);
            onNext(event);
          }}
          onSuccess={(result) => {
            setSignedIn(result);
            onSuccess(result);
          }}
        />
      </div>
      <SignedInNote result={signedIn} />
      {next?.type === 'signedIn' ? null : <NextNote event={next} />}
    </StoryCard>
  );
}

/** The provider's social settings for a story (set per story: parameters merge, so a meta default would add getters). */
const social = (getters: SocialTokenGetters) => ({ kit: { social: getters } });

const google = (email: string) => async () => ({ oauth2: { access_token: fakeSocialToken('google', email) } });
const facebook = (email: string) => async () => ({ oauth2: { access_token: fakeSocialToken('facebook', email) } });
const apple = (email: string) => async () => ({ oauth: { identity_token: fakeSocialToken('apple', email) } });
const everyProvider: SocialTokenGetters = {
  google: google('ana@example.com'),
  facebook: facebook('ana@example.com'),
  apple: apple('ana@example.com'),
  account_kit: async () => ({ oauth2: { access_token: 'account-kit' } }),
};

/**
 * `Social.Buttons`: one button per provider the config turns on and the storefront gave the provider a token
 * getter for (`UserKitProvider social`); the fake accepts `fakeSocialToken(provider, email)`. A known shopper is
 * signed in; a new one goes on to complete a profile (flows.md F7).
 */
const meta = {
  title: 'Components/Social',
  component: SocialDemo,
  args: { config: platformPresets.default, onSuccess: fn(), onNext: fn() },
} satisfies Meta<typeof SocialDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

const buttonNames = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .queryAllByRole('button')
    .map((button) => button.textContent);

export const DefaultConfig: Story = {
  parameters: social(everyProvider),
  play: async ({ canvasElement }) => {
    // Google and Facebook are on in the default preset; Apple is not, though the app could get its token.
    await expect(buttonNames(canvasElement)).toEqual(['Continue with Google', 'Continue with Facebook']);
    for (const button of within(canvasElement).getAllByRole('button')) {
      await expect(button).toHaveAttribute('type', 'button');
      await expect(button).toHaveAttribute('aria-busy', 'false');
    }
  },
};

export const BrandedConfig: Story = {
  parameters: social(everyProvider),
  args: { config: platformPresets.branded },
  play: async ({ canvasElement }) => {
    await expect(buttonNames(canvasElement)).toEqual(['Continue with Google', 'Continue with Apple']);
  },
};

export const NoSocialConfig: Story = {
  parameters: social(everyProvider),
  args: { config: platformPresets.passwordOnly },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('buttons')).toBeEmptyDOMElement();
    await expect(canvas.queryAllByRole('button')).toHaveLength(0);
  },
};

export const OnlyProvidersWithAGetter: Story = {
  parameters: social({ facebook: facebook('ana@example.com') }),
  play: async ({ canvasElement }) => {
    await expect(buttonNames(canvasElement)).toEqual(['Continue with Facebook']);
  },
};

export const AccountKitHasNoButton: Story = {
  parameters: social(everyProvider),
  args: { config: { ...platformPresets.default, social: { google: false, facebook: false, apple: false, account_kit: true } } },
  play: async ({ canvasElement }) => {
    // Account Kit has no login method in this API: no button, even with a getter.
    await expect(within(canvasElement).queryAllByRole('button')).toHaveLength(0);
  },
};

export const GoogleSignsIn: Story = {
  parameters: social(everyProvider),
  play: async ({ canvasElement, args, msw }) => {
    const logins = countRequests(msw, 'loginWithGoogle');
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ redirect: '/', user: expect.objectContaining({ first_name: 'Ana' }) }));
    await expect(logins.count).toBe(1);
    await expect(currentFake().sessionsOf('ana@example.com')).toHaveLength(1);
  },
};

export const NewShopperCompletesAProfile: Story = {
  parameters: social({ facebook: facebook('kim@example.com') }),
  play: async ({ canvasElement, args, msw }) => {
    const logins = recordRequests(msw, 'loginWithFacebook');
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Facebook' }));
    // No account for this email: no session; the flow goes on to complete the profile with the register token.
    await expect(await canvas.findByText('Next: complete the profile')).toBeVisible();
    await waitFor(() => expect(logins.bodies).toEqual([{ oauth2: { access_token: fakeSocialToken('facebook', 'kim@example.com') } }]));
    await expect(args.onNext).toHaveBeenCalledWith({ type: 'profileRequired', registerToken: expect.stringMatching(/\S/), known: expect.objectContaining({ email: 'kim@example.com' }) });
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await expect(currentFake().findUser('kim@example.com')).toBeUndefined();
  },
};

export const LockedAccount: Story = {
  parameters: social({ google: google('locked@example.com') }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(messages.serverAccountDisabled);
    await expect(await canvas.findByText('Next: account disabled')).toBeVisible();
    await expect(args.onNext).toHaveBeenCalledWith({ type: 'accountDisabled' });
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

export const AppleSignsIn: Story = {
  parameters: social(everyProvider),
  args: { config: platformPresets.branded },
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithAppleIOS');
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Apple' }));
    await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
    await expect(logins.count).toBe(1);
  },
};

export const CancelledPopup: Story = {
  parameters: social({ google: async () => null, facebook: facebook('ana@example.com') }),
  play: async ({ canvasElement, args, msw }) => {
    const logins = countRequests(msw, 'loginWithGoogle');
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Continue with Google' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'false'));
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await expect(logins.count).toBe(0);
  },
};

export const CancelledByThrowing: Story = {
  parameters: social({
    google: async () => {
      throw new SocialLoginCancelled('closed');
    },
    facebook: async () => {
      throw new DOMException('The user aborted a request.', 'AbortError');
    },
  }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Facebook' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Continue with Facebook' })).toHaveAttribute('aria-busy', 'false'));
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

export const RefusedToken: Story = {
  parameters: social({ google: async () => ({ oauth2: { access_token: 'forged' } }), facebook: facebook('ana@example.com') }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Invalid social token');
    // The error belongs to the Google button only.
    await expect(alert.closest('.fdk-social-item')).toContainElement(canvas.getByRole('button', { name: 'Continue with Google' }));
    await expect(canvas.getAllByRole('alert')).toHaveLength(1);
    await expect(args.onSuccess).not.toHaveBeenCalled();
    // Another provider still works.
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Facebook' }));
    await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
  },
};

export const SigningIn: Story = {
  parameters: { ...social(everyProvider), fake: { fault: 'slow' } },
  play: async ({ canvasElement, msw }) => {
    const logins = countRequests(msw, 'loginWithGoogle');
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Continue with Google' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'true'));
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(await canvas.findByText('Signed in as Ana (then /)', {}, { timeout: 4000 })).toBeVisible();
    await expect(button).toHaveAttribute('aria-busy', 'false');
    await expect(logins.count).toBe(1);
  },
};

/** A fault on every call: the friendly message under the button; pressing it again works once the service is back. */
function faultStory(fault: FaultMode, message: string): Story {
  return {
    parameters: { ...social(everyProvider), fake: { fault } },
    play: async ({ canvasElement, args }) => {
      const canvas = within(canvasElement);
      const button = canvas.getByRole('button', { name: 'Continue with Facebook' });
      await userEvent.click(button);
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent(message);
      await expect(alert).not.toHaveTextContent('<');
      await expect(alert.closest('.fdk-social-item')).toContainElement(button);
      await expect(button).toHaveAttribute('aria-busy', 'false');
      await expect(args.onSuccess).not.toHaveBeenCalled();
      currentFake().faults.clear();
      await userEvent.click(button);
      await expect(await canvas.findByText('Signed in as Ana (then /)')).toBeVisible();
      await expect(canvas.queryByRole('alert')).toBeNull();
    },
  };
}

export const ServerError: Story = faultStory('server-error', messages.errorServer);
export const HtmlError: Story = faultStory('html-error', messages.errorServer);
export const Offline: Story = faultStory('offline', messages.errorOffline);
export const RateLimited: Story = faultStory('rate-limited', 'Too many attempts. Try again in 30 s.');

export const GetterFails: Story = {
  parameters: social({
    google: async () => {
      throw new Error('popup_blocked_by_browser: <details>');
    },
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    const alert = await canvas.findByRole('alert');
    // A provider SDK's own error text is not shown to the shopper.
    await expect(alert).toHaveTextContent(messages.errorGeneric);
    await expect(alert).not.toHaveTextContent('popup_blocked');
  },
};
