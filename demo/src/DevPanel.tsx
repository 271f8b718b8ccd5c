import { useEffect, useState, type MouseEvent } from 'react';
import { navigate } from './router';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth, userKeys, userMethodNames } from 'fdk-user-react';
import { fakeSeedLogins, platformPresetNames, type FakeFault, type FakeInboxMessage, type FakeUserService, type PlatformPresetName } from 'fdk-user-react/testing';

const faults: Record<string, FakeFault | undefined> = {
  none: undefined,
  'slow (1.5 s)': { type: 'latency', ms: 1500 },
  'server error (500)': { type: 'status', status: 500, body: { message: 'Internal server error' } },
  'HTML error page (502)': { type: 'html' },
  'offline (dropped connection)': { type: 'drop' },
  'rate limited (429)': { type: 'rateLimit', retryAfter: 30 },
  'session expired (401)': { type: 'unauthorized' },
};

/** Opens a link of the inbox inside the demo when it is one of its own pages (as the email's link would). */
function openLink(event: MouseEvent<HTMLAnchorElement>, link: string) {
  const url = new URL(link, window.location.href);
  if (url.origin !== window.location.origin) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
}

/** The demo's dev panel: the fake service's preset, fault injection and inbox (OTPs, reset codes, links). */
export function DevPanel({ fake }: { fake: FakeUserService }) {
  const queryClient = useQueryClient();
  const { status, user } = useAuth();
  const [preset, setPreset] = useState<PlatformPresetName>(fake.presetName ?? 'default');
  const [fault, setFault] = useState('none');
  const [inbox, setInbox] = useState<readonly FakeInboxMessage[]>(() => [...fake.inbox]);

  useEffect(() => {
    const id = setInterval(() => setInbox([...fake.inbox]), 500);
    return () => clearInterval(id);
  }, [fake]);

  const choosePreset = (name: PlatformPresetName) => {
    setPreset(name);
    fake.setPreset(name);
    sessionStorage.setItem('demo:preset', name);
    void queryClient.invalidateQueries({ queryKey: [...userKeys.all, 'config'] });
  };
  const chooseFault = (name: string) => {
    setFault(name);
    fake.faults.clear();
    const chosen = faults[name];
    if (chosen) for (const method of userMethodNames) if (method !== 'getPlatformConfig') fake.faults.inject(method, chosen, { times: 'always' });
  };

  return (
    <aside className="demo-dev" aria-label="Developer panel">
      <h2>Dev panel (fake User service)</h2>
      <p>
        Session: <strong data-testid="dev-session">{status === 'signedIn' ? `signed in as ${user?.first_name ?? user?._id}` : status}</strong>
      </p>
      <label>
        PlatformSchema preset{' '}
        <select value={preset} onChange={(event) => choosePreset(event.target.value as PlatformPresetName)}>
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
      <h3>Inbox</h3>
      {inbox.length === 0 ? <p>Nothing sent yet.</p> : null}
      <ol className="demo-inbox" data-testid="inbox">
        {[...inbox].reverse().map((message, index) => (
          <li key={index} data-kind={message.kind}>
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
