import { signRequest } from '../../client/signing';
import { fakeUserMessages } from './messages';
import type { FakeResponse } from './types';
import type { UserMethodName } from '../../client/methods';

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const json = { 'content-type': 'application/json; charset=utf-8' };

/**
 * Strict mode: the `Authorization: Bearer base64(applicationId:applicationToken)` of the application (401 when
 * missing or wrong), then `x-fp-date` and `x-fp-signature` as the official SDK computes them with
 * `signRequest` (403 when missing or wrong). `undefined` when the request passes.
 */
export async function checkStrict(
  request: { method: string; url: string; headers: Record<string, string>; bodyText: string | null },
  expected: { applicationId: string; applicationToken: string },
  route: UserMethodName,
): Promise<FakeResponse | undefined> {
  const authorization = request.headers.authorization ?? '';
  if (authorization !== `Bearer ${base64(`${expected.applicationId}:${expected.applicationToken}`)}`) {
    return { status: 401, headers: json, body: { message: fakeUserMessages.badCredentials }, route };
  }
  const signature = request.headers['x-fp-signature'];
  if (!signature || !request.headers['x-fp-date']) return { status: 403, headers: json, body: { message: fakeUserMessages.badSignature }, route };
  let wanted: string;
  try {
    wanted = await signRequest({ method: request.method, url: request.url, body: request.bodyText, headers: request.headers });
  } catch {
    return { status: 403, headers: json, body: { message: fakeUserMessages.badSignature }, route };
  }
  return wanted === signature ? undefined : { status: 403, headers: json, body: { message: fakeUserMessages.badSignature }, route };
}
