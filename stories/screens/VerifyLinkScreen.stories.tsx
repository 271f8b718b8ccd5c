import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { UserMethodName } from '../../src/client/methods';
import type { VerifyLinkKind } from '../../src/forms/link/useVerifyLink';
import { messages, type MessageKey } from '../../src/i18n/messages';
import { VerifyLinkScreen } from '../../src/screens/VerifyLinkScreen';
import { currentFake, storyClient } from '../support/fake';
import { ANA } from '../support/parts';
import { recordRequests } from '../support/requests';

/**
 * The landing page of a link from an email or SMS (flows.md F13): `verifyEmail` / `verifyMobile` with `?code=`,
 * `loginWithToken` with `?token=`, called once on arrival. Then it says so: done, the link has expired or was
 * used, or (network, server) the error with "Try again". Every kind is shown in every state, from one table;
 * each story makes its link through the fake first.
 */
const meta = {
  title: 'Screens/VerifyLinkScreen',
  component: VerifyLinkScreen,
  args: { kind: 'email', code: undefined, onContinue: fn(), onSignedIn: fn() },
} satisfies Meta<typeof VerifyLinkScreen>;
export default meta;
type Story = StoryObj<typeof meta>;

const NEW_EMAIL = 'ana.work@example.com';
const NEW_MOBILE = '9000012388';

/** Each kind of link: how the fake makes one, how it is spent, the method the landing calls and what it says. */
const links: Record<VerifyLinkKind, { make: () => Promise<string>; spend: (code: string) => Promise<unknown>; method: UserMethodName; title: MessageKey; done: MessageKey; signedIn: boolean }> = {
  email: {
    // Ana (signed in) adds an email address; the fake writes its verification link.
    make: async () => {
      await storyClient().addEmail({ body: { email: NEW_EMAIL } });
      return currentFake().lastCode(NEW_EMAIL, 'verify-email') ?? '';
    },
    spend: (code) => storyClient().verifyEmail({ body: { code } }),
    method: 'verifyEmail',
    title: 'linkEmailTitle',
    done: 'linkEmailVerified',
    signedIn: true,
  },
  mobile: {
    make: async () => {
      await storyClient().addMobileNumber({ body: { phone: NEW_MOBILE, country_code: '91' } });
      return currentFake().lastCode(`+91 ${NEW_MOBILE}`, 'verify-mobile') ?? '';
    },
    spend: (code) => storyClient().verifyMobile({ body: { code } }),
    method: 'verifyMobile',
    title: 'linkMobileTitle',
    done: 'linkMobileVerified',
    signedIn: true,
  },
  login: {
    make: async () => currentFake().issueLoginToken(ANA.email),
    spend: (token) => storyClient().loginWithToken({ body: { token } }),
    method: 'loginWithToken',
    title: 'linkLoginTitle',
    done: 'linkLoginDone',
    signedIn: false,
  },
};

/** The message of a finished landing: it takes the focus, so that screen readers read it. */
async function outcome(canvasElement: HTMLElement, role: 'status' | 'alert', text: string) {
  const message = await within(canvasElement).findByText(text);
  const region = message.closest(`[role="${role}"]`) as HTMLElement;
  await expect(region).not.toBeNull();
  await waitFor(() => expect(region).toHaveFocus());
  return region;
}

/** What a verified link changed in the fake. */
async function expectDone(kind: VerifyLinkKind, onSignedIn: unknown) {
  if (kind === 'email') await expect(currentFake().findUser(ANA.email)?.emails?.find((entry) => entry.email === NEW_EMAIL)).toMatchObject({ verified: true });
  if (kind === 'mobile') await expect(currentFake().findUser(ANA.email)?.phone_numbers?.find((entry) => entry.phone === NEW_MOBILE)).toMatchObject({ verified: true });
  if (kind === 'login') {
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith({ redirect: '/orders', user: expect.objectContaining({ first_name: 'Ana' }) }));
    await expect(currentFake().sessionsOf(ANA.email)).toHaveLength(1);
  }
}

/** A link that works: one call with its code, the done message, "Continue". */
function verified(kind: VerifyLinkKind): Story {
  return {
    args: { kind, redirectTo: '/orders' },
    parameters: { fake: { signedIn: links[kind].signedIn } },
    beforeEach: async ({ args }) => {
      args.code = await links[kind].make();
    },
    play: async ({ canvasElement, args, msw }) => {
      const calls = recordRequests(msw, links[kind].method);
      const canvas = within(canvasElement);
      await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(messages[links[kind].title]);
      await outcome(canvasElement, 'status', messages[links[kind].done]);
      await waitFor(() => expect(calls.bodies).toEqual([kind === 'login' ? { token: args.code } : { code: args.code }]));
      await expectDone(kind, args.onSignedIn);
      await userEvent.click(canvas.getByRole('button', { name: messages.linkContinue }));
      await expect(args.onContinue).toHaveBeenCalledTimes(1);
    },
  };
}

/** A link the service refuses (used, expired, unknown): said so, with no "Try again" (it cannot work). */
function refused(kind: VerifyLinkKind, how: 'used' | 'expired' | 'unknown'): Story {
  return {
    args: { kind, code: how === 'unknown' ? 'not-a-code' : undefined },
    // Links live `linkTtl` seconds: 1 for the expired one, and its `beforeEach` waits past it.
    parameters: { fake: { signedIn: links[kind].signedIn, ...(how === 'expired' ? { linkTtl: 1 } : {}) } },
    beforeEach: async ({ args }) => {
      if (how === 'unknown') return;
      args.code = await links[kind].make();
      if (how === 'used') await links[kind].spend(args.code);
      else await new Promise((resolve) => setTimeout(resolve, 1200));
    },
    play: async ({ canvasElement, args }) => {
      const canvas = within(canvasElement);
      await outcome(canvasElement, 'alert', messages.linkInvalid);
      await expect(canvas.queryByRole('button', { name: messages.commonRetry })).toBeNull();
      await expect(canvas.getByRole('button', { name: messages.linkContinue })).toBeVisible();
      await expect(args.onSignedIn).not.toHaveBeenCalled();
    },
  };
}

/** The network drops once: not the link's fault, so the error and "Try again", which then works. */
function networkErrorThenRetry(kind: VerifyLinkKind): Story {
  return {
    args: { kind, redirectTo: '/orders' },
    parameters: { fake: { signedIn: links[kind].signedIn } },
    beforeEach: async ({ args }) => {
      args.code = await links[kind].make();
      currentFake().faults.inject(links[kind].method, { type: 'drop' }, { times: 1 });
    },
    play: async ({ canvasElement, args, msw }) => {
      const calls = recordRequests(msw, links[kind].method);
      const canvas = within(canvasElement);
      await outcome(canvasElement, 'alert', messages.errorOffline);
      await expect(canvas.queryByRole('button', { name: messages.linkContinue })).toBeNull();
      await expect(args.onSignedIn).not.toHaveBeenCalled();
      await userEvent.click(canvas.getByRole('button', { name: messages.commonRetry }));
      await outcome(canvasElement, 'status', messages[links[kind].done]);
      await expectDone(kind, args.onSignedIn);
      await expect(calls.count).toBe(2);
    },
  };
}

export const EmailVerified: Story = verified('email');
export const EmailLinkAlreadyUsed: Story = refused('email', 'used');
export const EmailLinkExpired: Story = refused('email', 'expired');
export const EmailLinkUnknown: Story = refused('email', 'unknown');
export const EmailNetworkErrorThenRetry: Story = networkErrorThenRetry('email');

export const MobileVerified: Story = verified('mobile');
export const MobileLinkAlreadyUsed: Story = refused('mobile', 'used');
export const MobileLinkExpired: Story = refused('mobile', 'expired');
export const MobileLinkUnknown: Story = refused('mobile', 'unknown');
export const MobileNetworkErrorThenRetry: Story = networkErrorThenRetry('mobile');

export const LoginLinkSignsIn: Story = verified('login');
export const LoginLinkAlreadyUsed: Story = refused('login', 'used');
export const LoginLinkExpired: Story = refused('login', 'expired');
export const LoginLinkUnknown: Story = refused('login', 'unknown');
export const LoginNetworkErrorThenRetry: Story = networkErrorThenRetry('login');

export const NoCodeInTheLink: Story = {
  args: { code: null },
  play: async ({ canvasElement, msw }) => {
    const calls = recordRequests(msw, 'verifyEmail');
    await outcome(canvasElement, 'alert', messages.linkInvalid);
    await expect(calls.count).toBe(0);
  },
};

export const ServerErrorThenRetry: Story = {
  args: { kind: 'mobile' },
  parameters: { fake: { signedIn: true } },
  beforeEach: async ({ args }) => {
    args.code = await links.mobile.make();
    currentFake().faults.inject('verifyMobile', { type: 'status', status: 503, body: { message: 'down' } }, { times: 1 });
  },
  play: async ({ canvasElement }) => {
    await outcome(canvasElement, 'alert', messages.errorServer);
    await userEvent.click(within(canvasElement).getByRole('button', { name: messages.commonRetry }));
    await outcome(canvasElement, 'status', messages.linkMobileVerified);
  },
};

export const Checking: Story = {
  parameters: { fake: { signedIn: true } },
  beforeEach: async ({ args }) => {
    args.code = await links.email.make();
    currentFake().faults.inject('verifyEmail', { type: 'latency', ms: 60_000 });
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent(messages.linkChecking);
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};
