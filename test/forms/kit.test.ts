import { describe, expect, it, vi } from 'vitest';
import { mergeProps } from '../../src/forms/kit/mergeProps';
import { StepError, withTimeout } from '../../src/forms/kit/stepError';
import { captchaField } from '../../src/forms/rules/captcha';

describe('mergeProps: the caller’s props join the kit’s, never replace them', () => {
  it('runs both handlers, the caller’s first', () => {
    const order: string[] = [];
    const merged = mergeProps({ onChange: () => order.push('kit') }, { onChange: () => order.push('caller') });
    merged.onChange();
    expect(order).toEqual(['caller', 'kit']);
  });

  it('skips the kit’s handler only when the caller called preventDefault', () => {
    const kit = vi.fn();
    const merged = mergeProps({ onClick: kit }, { onClick: (event: { preventDefault: () => void; defaultPrevented: boolean }) => event.preventDefault() });
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    merged.onClick(event);
    expect(kit).not.toHaveBeenCalled();
  });

  it('joins classes and id lists without duplicates, merges styles, composes refs', () => {
    const kitRef = vi.fn();
    const callerRef = { current: null as unknown };
    const merged = mergeProps(
      { className: 'fdk-input', 'aria-describedby': 'hint error', style: { color: 'red' }, ref: kitRef },
      { className: 'mine', 'aria-describedby': 'error own', style: { margin: 0 }, ref: callerRef },
    );
    expect(merged.className).toBe('fdk-input mine');
    expect(merged['aria-describedby']).toBe('hint error own');
    expect(merged.style).toEqual({ color: 'red', margin: 0 });
    merged.ref('node');
    expect(kitRef).toHaveBeenCalledWith('node');
    expect(callerRef.current).toBe('node');
  });

  it('lets any other prop of the caller win, and keeps the kit’s where the caller gives undefined', () => {
    expect(mergeProps({ type: 'text', id: 'a' }, { type: 'email', id: undefined })).toEqual({ type: 'email', id: 'a' });
  });
});

describe('providers that never answer', () => {
  it('a captcha that never settles fails the step after the timeout', async () => {
    vi.useFakeTimers();
    try {
      const pending = captchaField(true, { getCaptchaToken: () => new Promise<string>(() => undefined) });
      const outcome = pending.then(() => 'resolved', (error: unknown) => error);
      await vi.advanceTimersByTimeAsync(60_000);
      const error = await outcome;
      expect(error).toBeInstanceOf(StepError);
      expect((error as StepError).messageKey).toBe('errorProviderTimeout');
    } finally {
      vi.useRealTimers();
    }
  });

  it('no empty captcha_code goes out: an empty token fails the step, no provider sends none', async () => {
    await expect(captchaField(true, { getCaptchaToken: () => '  ' })).rejects.toMatchObject({ messageKey: 'validationCaptcha' });
    await expect(captchaField(true, undefined)).resolves.toEqual({});
    await expect(captchaField(false, { getCaptchaToken: () => 'tok' })).resolves.toEqual({});
    await expect(captchaField(true, { getCaptchaToken: async () => 'tok' })).resolves.toEqual({ captcha_code: 'tok' });
  });

  it('withTimeout passes a value or an error through when it comes in time', async () => {
    await expect(withTimeout(Promise.resolve(1), 10, 'errorGeneric')).resolves.toBe(1);
    await expect(withTimeout(Promise.reject(new Error('no')), 10, 'errorGeneric')).rejects.toThrow('no');
  });
});
