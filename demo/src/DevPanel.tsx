import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { navigate } from './router';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth, userKeys } from 'fdk-user-react';
import { fakeSeedLogins, platformPresetNames, type FakeFault, type FakeInboxMessage, type PlatformPresetName } from 'fdk-user-react/testing';
import type { FakeControl } from './fakeControl';

const faults: Record<string, FakeFault | undefined> = {
  none: undefined,
  'slow (1.5 s)': { type: 'latency', ms: 1500 },
  'server error (500)': { type: 'status', status: 500, body: { message: 'Internal server error' } },
  'HTML error page (502)': { type: 'html' },
  'offline (dropped connection)': { type: 'drop' },
  'rate limited (429)': { type: 'rateLimit', retryAfter: 30 },
  'session expired (401)': { type: 'unauthorized' },
};

/** The name of a fault of the table (`none` for none or one the panel did not set). */
function faultName(fault: FakeFault | undefined): string {
  const text = JSON.stringify(fault);
  return Object.keys(faults).find((name) => JSON.stringify(faults[name]) === text) ?? 'none';
}

/** Opens a link of the inbox inside the demo when it is one of its own pages (as the email's link would). */
function openLink(event: MouseEvent<HTMLAnchorElement>, link: string) {
  const url = new URL(link, window.location.href);
  if (url.origin !== window.location.origin) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
}

/**
 * The demo's dev panel: the fake service's preset, fault injection, inbox (OTPs, reset codes, links) and a reset.
 * The fake runs in this page (its state in localStorage, shared by the tabs) or behind the dev server's proxy.
 */
export function DevPanel({ fake, onReset }: { fake: FakeControl; onReset: () => void }) {
  const queryClient = useQueryClient();
  const { status, user } = useAuth();
  const [preset, setPreset] = useState<PlatformPresetName>('default');
  const [fault, setFault] = useState('none');
  const [inbox, setInbox] = useState<readonly FakeInboxMessage[]>([]);
  const chosen = useRef(false);

  useEffect(() => fake.watchInbox(setInbox), [fake]);
  // What the fake holds already (a preset or a fault chosen before a reload, or in another tab).
  useEffect(() => {
    void Promise.all([fake.presetName(), fake.fault()]).then(([name, current]) => {
      if (chosen.current) return;
      if (name) setPreset(name);
      setFault(faultName(current));
    });
  }, [fake]);

  const choosePreset = async (name: PlatformPresetName) => {
    chosen.current = true;
    setPreset(name);
    await fake.setPreset(name);
    void queryClient.invalidateQueries({ queryKey: [...userKeys.all, 'config'] });
  };
  const chooseFault = (name: string) => {
    chosen.current = true;
    setFault(name);
    void fake.setFault(faults[name]);
  };
  const reset = async () => {
    await fake.reset();
    // The kit's saved code step and resend timers, and its cache, belong to the state just dropped.
    sessionStorage.clear();
    queryClient.clear();
    onReset();
  };

  return (
    <aside className="demo-dev" aria-label="Developer panel">
      <h2>Dev panel (fake User service)</h2>
      <p>
        Session: <strong data-testid="dev-session">{status === 'signedIn' ? `signed in as ${user?.first_name ?? user?._id}` : status}</strong>
      </p>
      <p className="demo-hint" data-testid="dev-mode">
        {fake.mode === 'server' ? 'The fake server, behind this origin’s proxy (real HTTP, HttpOnly cookie).' : 'The fake in this page (MSW); its state lasts across reloads and tabs.'}
      </p>
      <label>
        PlatformSchema preset{' '}
        <select value={preset} onChange={(event) => void choosePreset(event.target.value as PlatformPresetName)}>
          {platformPresetNames.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <label>
        Fault on every call{' '}
        <select value={fault} onChange={(event) => chooseFault(event.target.value)}>
          {Object.keys(faults).map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void reset()}>
        Reset the fake service
      </button>
      <h3>Inbox</h3>
      {inbox.length === 0 ? <p>Nothing sent yet.</p> : null}
      <ol className="demo-inbox" data-testid="inbox">
        {[...inbox].reverse().map((message) => (
          <li key={message.id} data-kind={message.kind}>
            <span>{message.channel === 'sms' ? 'SMS' : 'Email'} to {message.to}</span> · <span>{message.kind}</span>
            {message.code ? (
              <>
                {' '}
                · code <code data-testid="inbox-code">{message.code}</code>
              </>
            ) : null}
            {message.link ? (
              <>
                {' '}
                ·{' '}
                <a data-testid="inbox-link" href={message.link} onClick={(event) => openLink(event, message.link!)}>
                  open link
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="demo-hint">Seeded logins: ana@example.com / +91 9876543210, password Passw0rd!; a disabled account: {fakeSeedLogins.locked.email}</p>
    </aside>
  );
}
