import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkPlatformConfig, warnPlatformConfigOnce } from '../../src/config/checkPlatformConfig';
import type { PlatformWarningCode } from '../../src/config/PlatformWarning';
import type { PlatformSchema } from '../../src/schemas/config';
import { platformPresets } from '../../src/testing/presets';

const codes = (config: PlatformSchema | undefined | null) => checkPlatformConfig(config).map((warning) => `${warning.code} @ ${warning.path}`);

const allOff: PlatformSchema = {
  login: { password: false, otp: false },
  social: { google: false, facebook: false, apple: false, account_kit: false },
  register: false,
  forgot_password: false,
};

describe('checkPlatformConfig', () => {
  it('finds nothing in the presets that can sign in, nor with no config', () => {
    for (const name of ['default', 'otpOnly', 'passwordOnly', 'hardRequiredEmailAndMobile', 'branded'] as const)
      expect(checkPlatformConfig(platformPresets[name]), name).toEqual([]);
    expect(checkPlatformConfig(undefined)).toEqual([]);
    expect(checkPlatformConfig(null)).toEqual([]);
    expect(checkPlatformConfig({})).toEqual([]);
  });

  it('no-sign-in-method: every method off', () => {
    expect(codes(platformPresets.noSignInMethod)).toEqual(['no-sign-in-method @ login']);
    expect(codes(allOff)).toEqual(['no-sign-in-method @ login']);
  });

  it('social-missing-app-id: a button on without its app id', () => {
    expect(
      codes({
        social: { google: true, facebook: true, apple: true, account_kit: false },
        social_tokens: { google: { app_id: '' }, facebook: { app_id: 'fb' }, account_kit: {} },
      }),
    ).toEqual(['social-missing-app-id @ social_tokens.google.app_id', 'social-missing-app-id @ social_tokens.apple.app_id']);
  });

  it('register-email-unreachable: email hard-required at registration, no way to sign in with it', () => {
    const config: PlatformSchema = {
      ...platformPresets.otpOnly,
      register_required_fields: { email: { is_required: true, level: 'hard' }, mobile: { is_required: true, level: 'hard' } },
    };
    expect(codes(config)).toEqual(['register-email-unreachable @ register_required_fields.email']);
    // Not when registration is off, when email is only soft, or when password login accepts email.
    expect(codes({ ...config, register: false })).toEqual([]);
    expect(
      codes({ ...config, register_required_fields: { email: { is_required: true, level: 'soft' }, mobile: { is_required: true, level: 'hard' } } }),
    ).toEqual([]);
    expect(codes({ ...config, login: { password: true, otp: true } })).toEqual([]);
  });

  it('register-mobile-unreachable: mobile hard-required at registration, no way to sign in with it', () => {
    expect(
      codes({
        login: { password: false, otp: true },
        required_fields: { email: { is_required: true, level: 'hard' }, mobile: { is_required: false, level: 'soft' } },
        register_required_fields: { mobile: { is_required: true, level: 'hard' } },
      }),
    ).toEqual(['register-mobile-unreachable @ register_required_fields.mobile']);
  });

  it('reports registration fields nobody can sign in with when every method is off', () => {
    expect(codes({ ...allOff, register: true, register_required_fields: { email: { is_required: true, level: 'hard' } } })).toEqual([
      'no-sign-in-method @ login',
      'register-email-unreachable @ register_required_fields.email',
    ]);
  });

  it('forgot-password-without-password: the link is on, password login is off', () => {
    expect(codes({ login: { password: false, otp: true }, forgot_password: true })).toEqual(['forgot-password-without-password @ forgot_password']);
    expect(codes({ login: { password: false, otp: true } })).toEqual([]);
  });

  it('invalid-color: a colour the parser refuses', () => {
    expect(
      codes({
        look_and_feel: { background_color: 'red;}body{display:none' },
        flash_card: { text: 'Sale', text_color: 'var(--x)', background_color: 'url(javascript:alert(1))' },
      }),
    ).toEqual(['invalid-color @ look_and_feel.background_color', 'invalid-color @ flash_card.background_color', 'invalid-color @ flash_card.text_color']);
  });

  it('invalid-color: a colour the browser refuses', () => {
    const warnings = checkPlatformConfig({ look_and_feel: { background_color: 'rgb(0 128 0)' } }, { supports: () => false });
    expect(warnings.map((w) => w.code)).toEqual(['invalid-color']);
  });

  it('invalid-color: a colour name or hsl(), which the kit leaves out, says what to write instead', () => {
    const warnings = checkPlatformConfig({ look_and_feel: { background_color: 'RebeccaPurple' }, flash_card: { text: 'Sale', background_color: 'hsl(0 100% 50%)' } });
    expect(warnings.map((w) => `${w.code} @ ${w.path}`)).toEqual(['invalid-color @ look_and_feel.background_color', 'invalid-color @ flash_card.background_color']);
    expect(warnings[0]?.message).toContain('use hex (#rrggbb) or rgb()');
  });

  it('low-contrast: flash card text under 4.5:1', () => {
    expect(codes({ flash_card: { text: 'Sale', text_color: '#FFFFFF', background_color: '#EF5350' } })).toEqual([
      'low-contrast @ flash_card.text_color',
    ]);
  });

  it('insecure-image-url and unsafe-image-url', () => {
    expect(codes({ desktop_image: 'http://cdn.example.com/a.jpg', mobile_image: 'data:image/png;base64,AAAA' })).toEqual([
      'insecure-image-url @ desktop_image',
      'unsafe-image-url @ mobile_image',
    ]);
  });

  it('unknown-card-position', () => {
    expect(codes({ look_and_feel: { card_position: 'top-left' } })).toEqual(['unknown-card-position @ look_and_feel.card_position']);
  });

  it('gives every warning a readable message', () => {
    const warnings = checkPlatformConfig({
      ...allOff,
      register: true,
      register_required_fields: { email: { is_required: true, level: 'hard' }, mobile: { is_required: true, level: 'hard' } },
      forgot_password: true,
      social: { apple: true },
      look_and_feel: { background_color: 'nope', card_position: 'top' },
      flash_card: { text: 'Sale', text_color: '#fff', background_color: '#fff' },
      desktop_image: 'http://x.example/a.jpg',
      mobile_image: 'javascript:alert(1)',
    });
    const all: PlatformWarningCode[] = [
      'social-missing-app-id',
      'register-email-unreachable',
      'register-mobile-unreachable',
      'forgot-password-without-password',
      'invalid-color',
      'low-contrast',
      'insecure-image-url',
      'unsafe-image-url',
      'unknown-card-position',
    ];
    expect(new Set(warnings.map((w) => w.code))).toEqual(new Set(all));
    for (const warning of warnings) {
      expect(warning.message.length).toBeGreaterThan(20);
      expect(warning.path).toMatch(/^[a-z_]+(\.[a-z_]+)*$/);
    }
  });
});

describe('warnPlatformConfigOnce', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('logs the warnings of a config once, in one console.warn', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config: PlatformSchema = { look_and_feel: { card_position: 'once-only' }, desktop_image: 'http://a.example/x.jpg' };
    warnPlatformConfigOnce(config);
    warnPlatformConfigOnce(config);
    warnPlatformConfigOnce(JSON.parse(JSON.stringify(config)) as PlatformSchema);
    expect(warn).toHaveBeenCalledTimes(1);
    const text = String(warn.mock.calls[0]?.[0]);
    expect(text).toContain('[fdk-user-react] The platform config has 2 problems');
    expect(text).toContain('look_and_feel.card_position');
    expect(text).toContain('(insecure-image-url)');
  });

  it('logs again for a different config', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnPlatformConfigOnce({ look_and_feel: { card_position: 'first' } });
    warnPlatformConfigOnce({ look_and_feel: { card_position: 'second' } });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toContain('1 problem:');
  });

  it('remembers a bounded number of configs, then starts afresh', async () => {
    // A fresh copy of the module, so that the configs the other tests logged do not count.
    vi.resetModules();
    const { warnPlatformConfigOnce } = await import('../../src/config/checkPlatformConfig');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config = (n: number): PlatformSchema => ({ look_and_feel: { card_position: `bounded-${n}` } });
    for (let n = 0; n < 50; n++) warnPlatformConfigOnce(config(n));
    warnPlatformConfigOnce(config(0));
    expect(warn).toHaveBeenCalledTimes(50);
    // The 51st distinct config makes room by forgetting the others.
    warnPlatformConfigOnce(config(50));
    warnPlatformConfigOnce(config(0));
    expect(warn).toHaveBeenCalledTimes(52);
  });

  it('logs nothing for a config without warnings', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnPlatformConfigOnce(platformPresets.branded);
    warnPlatformConfigOnce(undefined);
    expect(warn).not.toHaveBeenCalled();
  });

  it('logs nothing without process (a page with no bundler)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config: PlatformSchema = { look_and_feel: { card_position: 'no-process' } };
    vi.stubGlobal('process', undefined);
    try {
      warnPlatformConfigOnce(config);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(warn).not.toHaveBeenCalled();
    warnPlatformConfigOnce(config);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('logs nothing in production', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('NODE_ENV', 'production');
    const config: PlatformSchema = { look_and_feel: { card_position: 'production-only' } };
    warnPlatformConfigOnce(config);
    expect(warn).not.toHaveBeenCalled();
    // Nor did production remember it: in development it still warns.
    vi.unstubAllEnvs();
    warnPlatformConfigOnce(config);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
