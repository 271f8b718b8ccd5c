import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { messages } from '../../src/i18n/messages';
import { VerifyLinkScreen } from '../../src/screens/VerifyLinkScreen';
import { currentFake, storyClient } from '../support/fake';
import { ANA } from '../support/parts';
import { recordRequests } from '../support/requests';

/**
 * The landing page of a link from an email or SMS (flows.md F13): `verifyEmail` / `verifyMobile` with `?code=`,
 * `loginWithToken` with `?token=`, called once on arrival. Then it says so: done, the link has expired or was
 * used, or (network, server) the error with "Try again". Each story makes the link through the fake first.
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

/** Ana adds an email address (signed in); the fake writes its verification link. */
async function emailLink(): Promise<string> {
  await storyClient().addEmail({ body: { email: NEW_EMAIL } });
  const code = currentFake().lastCode(NEW_EMAIL, 'verify-email');
  if (!code) throw new Error('No verification link');
  return code;
}

/** Ana adds a mobile number (signed in); the fake writes its verification link. */
async function mobileLink(): Promise<string> {
  await storyClient().addMobileNumber({ body: { phone: NEW_MOBILE, country_code: '91' } });
  const code = currentFake().lastCode(`+91 ${NEW_MOBILE}`, 'verify-mobile');
  if (!code) throw new Error('No verification link');
  return code;
}

/** The message of a finished landing: it takes the focus, so that screen readers read it. */
async function outcome(canvasElement: HTMLElement, role: 'status' | 'alert', text: string) {
  const canvas = within(canvasElement);
  const message = await canvas.findByText(text);
  const region = message.closest(`[role="${role}"]`) as HTMLElement;
  await expect(region).not.toBeNull();
  await waitFor(() => expect(region).toHaveFocus());
  return region;
}

export const EmailVerified: Story = {
  parameters: { fake: { signedIn: true } },
  beforeEach: async ({ args }) => {
    args.code = await emailLink();
  },
  play: async ({ canvasElement, args, msw }) => {
    const checks = recordRequests(msw, 'verifyEmail');
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(messages.linkEmailTitle);
    await outcome(canvasElement, 'status', messages.linkEmailVerified);
    await waitFor(() => expect(checks.bodies).toEqual([{ code: args.code }]));
    await expect(currentFake().findUser(ANA.email)?.emails?.find((entry) => entry.email === NEW_EMAIL)).toMatchObject({ verified: true });
    await userEvent.click(canvas.getByRole('button', { name: messages.linkContinue }));
    await expect(args.onContinue).toHaveBeenCalledTimes(1);
  },
};

export const EmailLinkAlreadyUsed: Story = {
  parameters: { fake: { signedIn: true } },
  beforeEach: async ({ args }) => {
    args.code = await emailLink();
    await storyClient().verifyEmail({ body: { code: args.code } });
  },
  play: async ({ canvasElement, args }) => {
    // A link works once: the second visit says so, with no "Try again" (trying again cannot work).
    await outcome(canvasElement, 'alert', messages.linkInvalid);
    await expect(within(canvasElement).queryByRole('button', { name: messages.commonRetry })).toBeNull();
    await expect(within(canvasElement).getByRole('button', { name: messages.linkContinue })).toBeVisible();
    await expect(args.onContinue).not.toHaveBeenCalled();
  },
};

export const EmailLinkExpired: Story = {
  // Links live `linkTtl` seconds: 1 here, and the story waits past it.
  parameters: { fake: { signedIn: true, linkTtl: 1 } },
  beforeEach: async ({ args }) => {
    args.code = await emailLink();
    await new Promise((resolve) => setTimeout(resolve, 1200));
  },
  play: async ({ canvasElement }) => {
    await outcome(canvasElement, 'alert', messages.linkInvalid);
    await expect(currentFake().findUser(ANA.email)?.emails?.find((entry) => entry.email === NEW_EMAIL)).toMatchObject({ verified: false });
  },
};

export const UnknownCode: Story = {
  args: { code: 'not-a-code' },
  play: async ({ canvasElement }) => {
    await outcome(canvasElement, 'alert', messages.linkInvalid);
  },
};

export const NoCodeInTheLink: Story = {
  args: { code: null },
  play: async ({ canvasElement, msw }) => {
    const checks = recordRequests(msw, 'verifyEmail');
    await outcome(canvasElement, 'alert', messages.linkInvalid);
    await expect(checks.count).toBe(0);
  },
};

export const NetworkErrorThenRetry: Story = {
  parameters: { fake: { signedIn: true } },
  beforeEach: async ({ args }) => {
    args.code = await emailLink();
    currentFake().faults.inject('verifyEmail', { type: 'drop' }, { times: 1 });
  },
  play: async ({ canvasElement, msw }) => {
    const checks = recordRequests(msw, 'verifyEmail');
    const canvas = within(canvasElement);
    // Not the link's fault: the error, and "Try again" (no "Continue" yet).
    await outcome(canvasElement, 'alert', messages.errorOffline);
    await expect(canvas.queryByRole('button', { name: messages.linkContinue })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: messages.commonRetry }));
    await outcome(canvasElement, 'status', messages.linkEmailVerified);
    await expect(checks.count).toBe(2);
  },
};

export const Checking: Story = {
  parameters: { fake: { signedIn: true } },
  beforeEach: async ({ args }) => {
    args.code = await emailLink();
    currentFake().faults.inject('verifyEmail', { type: 'latency', ms: 60_000 });
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent(messages.linkChecking);
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const MobileVerified: Story = {
  args: { kind: 'mobile' },
  parameters: { fake: { signedIn: true } },
  beforeEach: async ({ args }) => {
    args.code = await mobileLink();
  },
  play: async ({ canvasElement, msw, args }) => {
    const checks = recordRequests(msw, 'verifyMobile');
    await expect(within(canvasElement).getByRole('heading', { level: 1 })).toHaveTextContent(messages.linkMobileTitle);
    await outcome(canvasElement, 'status', messages.linkMobileVerified);
    await waitFor(() => expect(checks.bodies).toEqual([{ code: args.code }]));
    await expect(currentFake().findUser(ANA.email)?.phone_numbers?.find((entry) => entry.phone === NEW_MOBILE)).toMatchObject({ verified: true });
  },
};

export const MobileLinkAlreadyUsed: Story = {
  args: { kind: 'mobile' },
  parameters: { fake: { signedIn: true } },
  beforeEach: async ({ args }) => {
    args.code = await mobileLink();
    await storyClient().verifyMobile({ body: { code: args.code } });
  },
  play: async ({ canvasElement }) => {
    await outcome(canvasElement, 'alert', messages.linkInvalid);
  },
};

export const MobileServerErrorThenRetry: Story = {
  args: { kind: 'mobile' },
  parameters: { fake: { signedIn: true } },
  beforeEach: async ({ args }) => {
    args.code = await mobileLink();
    currentFake().faults.inject('verifyMobile', { type: 'status', status: 503, body: { message: 'down' } }, { times: 1 });
  },
  play: async ({ canvasElement }) => {
    await outcome(canvasElement, 'alert', messages.errorServer);
    await userEvent.click(within(canvasElement).getByRole('button', { name: messages.commonRetry }));
    await outcome(canvasElement, 'status', messages.linkMobileVerified);
  },
};

export const LoginLinkSignsIn: Story = {
  args: { kind: 'login', redirectTo: '/orders' },
  beforeEach: ({ args }) => {
    args.code = currentFake().issueLoginToken(ANA.email);
  },
  play: async ({ canvasElement, args, msw }) => {
    const logins = recordRequests(msw, 'loginWithToken');
    await expect(within(canvasElement).getByRole('heading', { level: 1 })).toHaveTextContent(messages.linkLoginTitle);
    await outcome(canvasElement, 'status', messages.linkLoginDone);
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledWith({ redirect: '/orders', user: expect.objectContaining({ first_name: 'Ana' }) }));
    await waitFor(() => expect(logins.bodies).toEqual([{ token: args.code }]));
    await expect(currentFake().sessionsOf(ANA.email)).toHaveLength(1);
  },
};

export const LoginLinkAlreadyUsed: Story = {
  args: { kind: 'login' },
  beforeEach: async ({ args }) => {
    args.code = currentFake().issueLoginToken(ANA.email);
    await storyClient().loginWithToken({ body: { token: args.code } });
  },
  play: async ({ canvasElement, args }) => {
    await outcome(canvasElement, 'alert', messages.linkInvalid);
    await expect(args.onSignedIn).not.toHaveBeenCalled();
  },
};

export const LoginLinkOffline: Story = {
  args: { kind: 'login' },
  beforeEach: ({ args }) => {
    args.code = currentFake().issueLoginToken(ANA.email);
    currentFake().faults.inject('loginWithToken', { type: 'drop' }, { times: 1 });
  },
  play: async ({ canvasElement, args }) => {
    await outcome(canvasElement, 'alert', messages.errorOffline);
    await expect(args.onSignedIn).not.toHaveBeenCalled();
    await userEvent.click(within(canvasElement).getByRole('button', { name: messages.commonRetry }));
    await outcome(canvasElement, 'status', messages.linkLoginDone);
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalledTimes(1));
  },
};
