import { createUserClient, type UserClient, type UserClientOptions } from '../../src/index';
import type { UserMethodName } from '../../src/client/methods';
import type { RecordingServer } from './recordingServer';
import { sampleArgs } from './sampleArgs';
import { endpointRows, userMdExamples, type EndpointRow } from './userMd';

/*
 * Shared pieces of the client tests: credentials, a client pointed at a recording server, and what the spec says
 * each method puts on the wire.
 */

export const APP_ID = '000000000000000000000001';
export const APP_TOKEN = 'Ks7xq_token-42';
/** `Bearer base64(applicationId:applicationToken)`, computed with Buffer (not the kit's base64). */
export const EXPECTED_AUTHORIZATION = `Bearer ${Buffer.from(`${APP_ID}:${APP_TOKEN}`, 'utf8').toString('base64')}`;

/** A client for `server`, with zero retry delays unless overridden. */
export function clientFor(server: RecordingServer, options: Partial<UserClientOptions> = {}): UserClient {
  return createUserClient({
    baseUrl: server.origin,
    applicationId: APP_ID,
    applicationToken: APP_TOKEN,
    retry: { delay: () => 0 },
    ...options,
  });
}

/**
 * Calls a method by name with loose types (for table-driven tests): with its sample arguments when no argument
 * is given, else with exactly the arguments given (`undefined` included).
 */
export function callMethod(client: UserClient, name: UserMethodName, ...rest: [args?: unknown, options?: unknown]): Promise<unknown> {
  const method = client[name] as unknown as (...args: unknown[]) => Promise<unknown>;
  return rest.length === 0 ? method(sampleArgs[name]) : method(...rest);
}

/** The endpoints.tsv row of a method. */
export function endpointOf(name: UserMethodName): EndpointRow {
  const row = endpointRows().find((candidate) => candidate.method === name);
  if (!row) throw new Error(`endpoints.tsv has no row for ${name}`);
  return row;
}

/** The query the spec says a call with `args` sends: wire names, `undefined` dropped, values as strings. */
export function expectedWireQuery(name: UserMethodName, args: Record<string, unknown> = sampleArgs[name] as Record<string, unknown>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const { argument, wire } of endpointOf(name).query) {
    const value = args[argument];
    if (value !== undefined) query[wire] = String(value);
  }
  return query;
}

/** The methods whose verb is GET in endpoints.tsv. */
export const getMethodNames = endpointRows()
  .filter((row) => row.http === 'GET')
  .map((row) => row.method as UserMethodName);

/** A 200 body for methods whose USER.md example block is empty. */
const fallbackResponses: Partial<Record<UserMethodName, Record<string, unknown>>> = {
  hasPassword: { result: true },
  logout: { logout: true },
  sendVerificationLinkToEmail: { verify_email_link: true },
};

/** A 200 body for a method: its first USER.md example (unwrapped), or a small valid body when the document has none. */
export function sampleResponse(name: UserMethodName): unknown {
  const example = userMdExamples().find((candidate) => candidate.method === name);
  if (example) return example.body;
  const fallback = fallbackResponses[name];
  if (!fallback) throw new Error(`no sample response for ${name}`);
  return fallback;
}

const aliases: Record<string, string> = { resendToken: 'resend_token', userExists: 'user_exists', registerToken: 'register_token', appId: 'app_id' };

/**
 * What the kit should make of a body that already has the types its schemas want: `null` properties dropped,
 * the document's camelCase spellings renamed to their snake_case key (unless that key is there too), everything
 * else (unknown keys included) kept.
 */
export function expectedParse(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expectedParse);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const [key, item] of Object.entries(source)) {
    if (item === null) continue;
    const alias = Object.hasOwn(aliases, key) ? aliases[key] : undefined;
    result[alias !== undefined && !Object.hasOwn(source, alias) ? alias : key] = expectedParse(item);
  }
  return result;
}

/** Header value as one string (node joins repeated headers). */
export function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Runs `promise` and returns what it rejected with (fails when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject, but it resolved');
}
