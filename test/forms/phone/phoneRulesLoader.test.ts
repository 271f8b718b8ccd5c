import { afterEach, describe, expect, it, vi } from 'vitest';
import { isFdkNetworkError } from '../../../src/client/errors';
import type { PhoneRules } from '../../../src/forms/phone/phoneRules';
import { loadPhoneRules, loadedPhoneRules, phoneRulesSource, phoneRulesState, resetPhoneRules, subscribePhoneRules } from '../../../src/forms/phone/phoneRulesLoader';

const realLoad = phoneRulesSource.load;
afterEach(() => {
  phoneRulesSource.load = realLoad;
  resetPhoneRules();
});

describe('the phone library loads lazily, once', () => {
  it('is not loaded until asked for, then loads the real library by import()', async () => {
    resetPhoneRules();
    expect(phoneRulesState().status).toBe('idle');
    expect(loadedPhoneRules()).toBeUndefined();
    const rules = await loadPhoneRules();
    expect(rules.dialCode('AE')).toBe('971');
    expect(rules.countries.length).toBeGreaterThan(200);
    expect(loadedPhoneRules()).toBe(rules);
  });

  it('asks for it once however many callers ask, and tells subscribers of each change', async () => {
    const fake = { dialCode: () => '1' } as unknown as PhoneRules;
    const load = vi.fn(() => Promise.resolve(fake));
    phoneRulesSource.load = load;
    const seen: string[] = [];
    const unsubscribe = subscribePhoneRules(() => seen.push(phoneRulesState().status));
    const [a, b] = await Promise.all([loadPhoneRules(), loadPhoneRules()]);
    await loadPhoneRules();
    unsubscribe();
    expect(load).toHaveBeenCalledTimes(1);
    expect(a).toBe(fake);
    expect(b).toBe(fake);
    expect(seen).toEqual(['loading', 'ready']);
  });

  it('rejects a failed load with an FdkNetworkError, and the next call tries again', async () => {
    const fake = {} as PhoneRules;
    const load = vi.fn<() => Promise<PhoneRules>>().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValueOnce(fake);
    phoneRulesSource.load = load;
    const failure = await loadPhoneRules().catch((error: unknown) => error);
    expect(isFdkNetworkError(failure)).toBe(true);
    expect(phoneRulesState().status).toBe('failed');
    expect(loadedPhoneRules()).toBeUndefined();
    await expect(loadPhoneRules()).resolves.toBe(fake);
    expect(load).toHaveBeenCalledTimes(2);
    expect(phoneRulesState().status).toBe('ready');
  });
});
