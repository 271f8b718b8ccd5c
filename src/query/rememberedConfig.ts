import { parseSuccess } from '../client/responses';
import { PlatformSchema } from '../schemas/config';
import { webStorage } from '../timers/storageKey';

/*
 * The last PlatformSchema of an application, kept in `localStorage` (issue 17): the config is public, the same for
 * every shopper, so a returning shopper's screen renders from it at once while the kit revalidates it in the
 * background. Internal: the provider's `rememberConfig` turns it off. What is stored is read as the client reads
 * `getPlatformConfig`'s answer (the same lenient schema).
 */

/** Reads a stored config's JSON text as the server's answer is read; throws when it does not read as a config. */
const parseConfig = (text: string): PlatformSchema => parseSuccess(PlatformSchema, 200, text, { method: 'getPlatformConfig' });

const PREFIX = 'fdk-user-react:config:';
/** Read once per key and page: `useSyncExternalStore` needs the same object on every read. */
const read = new Map<string, PlatformSchema | undefined>();

/**
 * The storage key of an application's config: its id and the config `name` asked for.
 * @example
 * rememberedConfigKey('app1', undefined); // 'fdk-user-react:config:app1:'
 */
export function rememberedConfigKey(applicationId: string | undefined, name: string | undefined): string {
  return `${PREFIX}${applicationId ?? ''}:${name ?? ''}`;
}

/**
 * The remembered config under `key`, read through the same lenient schema as the server's answer; `undefined`
 * when there is none, storage is unavailable, or what is stored does not read as a config (it is then removed).
 * @example
 * readRememberedConfig(rememberedConfigKey('app1', undefined))?.login?.password; // true
 */
export function readRememberedConfig(key: string): PlatformSchema | undefined {
  if (read.has(key)) return read.get(key);
  let config: PlatformSchema | undefined;
  const store = webStorage('localStorage');
  try {
    const text = store?.getItem(key);
    if (text) config = parseConfig(text);
  } catch {
    try {
      store?.removeItem(key); // not a config (an old format, a hand edit): forget it
    } catch {
      // storage refused: nothing to clean
    }
  }
  read.set(key, config);
  return config;
}

/**
 * Remembers `config` under `key` for the next visit. Storage that is full or refused is left alone: the config
 * is then fetched on the next visit as on the first.
 * @example
 * rememberConfig(rememberedConfigKey('app1', undefined), config);
 */
export function rememberConfig(key: string, config: PlatformSchema): void {
  try {
    webStorage('localStorage')?.setItem(key, JSON.stringify(config));
    read.set(key, config);
  } catch {
    // full or refused: the next visit fetches the config first
  }
}

/**
 * Forgets what was read in this page, and with `{ stored: true }` every remembered config too (tests and stories:
 * a "first visit" or a "next visit" in the same document).
 * @example
 * forgetRememberedConfigs({ stored: true });
 */
export function forgetRememberedConfigs({ stored = false }: { stored?: boolean } = {}): void {
  read.clear();
  const store = stored ? webStorage('localStorage') : undefined;
  if (!store) return;
  const keys: string[] = [];
  for (let index = 0; index < store.length; index++) {
    const key = store.key(index);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}
