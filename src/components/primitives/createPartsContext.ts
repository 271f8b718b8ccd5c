'use client';
import { createContext, useContext, type Provider } from 'react';
import { FdkConfigError } from '../../client/errors';

/**
 * The context pair of a family of compound parts (Radix's habit): the root provides its state, every part reads
 * it, and a part used outside its root fails with a message naming both (`<Login.Submit> must be used inside
 * <Login.Root>.`).
 * @example
 * const [LoginProvider, useLoginPart] = createPartsContext<LoginForm>('Login');
 * const login = useLoginPart('<Login.Submit>');
 */
export function createPartsContext<T>(family: string): readonly [Provider<T | null>, (part: string) => T] {
  const Context = createContext<T | null>(null);
  Context.displayName = `${family}Context`;
  const use = (part: string): T => {
    const value = useContext(Context);
    if (value === null) throw new FdkConfigError(`${part} must be used inside <${family}.Root>.`);
    return value;
  };
  return [Context.Provider, use] as const;
}
