'use client';
import { useSyncExternalStore } from 'react';
import { phoneRulesState, subscribePhoneRules, type PhoneRulesState } from './phoneRulesLoader';

const idle: PhoneRulesState = { status: 'idle' };

/**
 * Where the phone library is (`idle`, `loading`, `ready` with its rules, `failed` with its error), re-rendering when
 * that changes. It does not load the library: `loadPhoneRules()` does.
 * @example
 * const { status, rules } = usePhoneRules();
 */
export function usePhoneRules(): PhoneRulesState {
  return useSyncExternalStore(subscribePhoneRules, phoneRulesState, () => idle);
}
