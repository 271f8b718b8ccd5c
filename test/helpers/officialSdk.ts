import { createRequire } from 'node:module';
import type { UserMethodName } from '../../src/client/methods';

/*
 * The official Fynd SDK (`@gofynd/fdk-client-javascript` 1.0.0, a CommonJS dev dependency), loaded for use as an
 * oracle in tests. Only the few parts the tests use are typed here.
 */

const require = createRequire(import.meta.url);

/** What `sdk/common/RequestSigner.js` `sign()` takes (and mutates: it adds `x-fp-signature` to `headers`). */
export interface SdkSignable {
  method: string;
  /** Host with a non-default port. */
  host: string;
  /** Path plus `?query` as sent. */
  path: string;
  body?: string;
  headers: Record<string, string>;
}

interface SdkModule {
  ApplicationConfig: new (conf: { applicationID: string; applicationToken: string; domain: string; logLevel: string }) => unknown;
  ApplicationClient: new (config: unknown) => { user: Record<UserMethodName, (args?: unknown) => Promise<unknown>> };
}

const sdk = require('@gofynd/fdk-client-javascript') as SdkModule;
const signer = require('@gofynd/fdk-client-javascript/sdk/common/RequestSigner.js') as { sign: (request: SdkSignable) => SdkSignable };

/** The SDK's signature for a request (its own `sign()`). */
export function sdkSign(request: SdkSignable): string {
  const copy: SdkSignable = { ...request, headers: { ...request.headers } };
  const signature = signer.sign(copy).headers['x-fp-signature'];
  if (signature === undefined) throw new Error('the SDK signer set no x-fp-signature');
  return signature;
}

/** `new ApplicationClient(new ApplicationConfig(…)).user`, talking to `domain`. */
export function createSdkUserClient(options: { domain: string; applicationID: string; applicationToken: string }) {
  const config = new sdk.ApplicationConfig({ ...options, logLevel: 'silent' });
  return new sdk.ApplicationClient(config).user;
}
