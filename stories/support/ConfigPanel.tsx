import { readPlatformConfig } from '../../src/config/readPlatformConfig';
import { checkPlatformConfig } from '../../src/config/checkPlatformConfig';
import type { PlatformSchema } from '../../src/schemas/config';

/** A small debug panel: what `readPlatformConfig` and `checkPlatformConfig` make of a config. */
export function ConfigPanel({ config, title }: { config: PlatformSchema | undefined; title: string }) {
  const view = readPlatformConfig(config);
  const warnings = checkPlatformConfig(config);
  const yesNo = (value: boolean) => (value ? 'yes' : 'no');
  return (
    <article style={{ fontFamily: 'system-ui, sans-serif', padding: 16, maxWidth: 640, color: '#111', background: '#fff' }}>
      <h1 style={{ fontSize: 20 }}>{title}</h1>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' }}>
        <dt>Status</dt>
        <dd data-testid="status">{view.status}</dd>
        <dt>Password login</dt>
        <dd data-testid="password">{yesNo(view.loginMethods.password)}</dd>
        <dt>OTP login</dt>
        <dd data-testid="otp">{yesNo(view.loginMethods.otp)}</dd>
        <dt>Identifiers</dt>
        <dd data-testid="identifiers">{[view.identifiers.email && 'email', view.identifiers.mobile && 'mobile'].filter(Boolean).join(', ') || 'none'}</dd>
        <dt>Social</dt>
        <dd data-testid="social">{view.social.map((item) => item.provider).join(', ') || 'none'}</dd>
        <dt>Register / forgot password</dt>
        <dd data-testid="links">
          {yesNo(view.canRegister)} / {yesNo(view.canResetPassword)}
        </dd>
        <dt>Register email</dt>
        <dd data-testid="register-email">{view.registerFields.email.required ? view.registerFields.email.level : 'not asked'}</dd>
        <dt>Register mobile</dt>
        <dd data-testid="register-mobile">{view.registerFields.mobile.required ? view.registerFields.mobile.level : 'not asked'}</dd>
        <dt>Heading</dt>
        <dd data-testid="heading">{view.headings.title ?? '—'}</dd>
        <dt>Flash card</dt>
        <dd data-testid="flash">{view.flashCard?.text ?? '—'}</dd>
        <dt>Card position</dt>
        <dd data-testid="card">{view.cardPosition}</dd>
      </dl>
      <h2 style={{ fontSize: 16 }}>Warnings</h2>
      <ul data-testid="warnings">
        {warnings.length === 0 ? <li>none</li> : warnings.map((warning) => <li key={warning.code + warning.path}>{`${warning.code}: ${warning.message}`}</li>)}
      </ul>
    </article>
  );
}
