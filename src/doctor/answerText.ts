import type { RawAnswer } from './createDoctorContext';

/**
 * The body of an answer as JSON, or `undefined` when it is not JSON.
 * @example
 * answerJson(answer); // { message: 'Invalid application credentials' }
 */
export function answerJson(answer: RawAnswer): unknown {
  const text = answer.bodyText.trim();
  if (text === '' || !/^[[{"]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Whether an answer is an HTML page (by its content type or its first character).
 * @example
 * if (isHtml(answer)) console.log('a page, not the API');
 */
export function isHtml(answer: RawAnswer): boolean {
  return /html/i.test(answer.headers.get('content-type') ?? '') || /^\s*</.test(answer.bodyText);
}

/**
 * `HTTP 401 "Invalid application credentials"`: the status of an answer with the server's `message` when its body
 * is JSON with a short one (at most 160 characters; never raw HTML).
 * @example
 * statusText(answer); // 'HTTP 404'
 */
export function statusText(answer: RawAnswer): string {
  const body = answerJson(answer);
  const message = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message.trim() !== '' && message.length <= 160 ? `HTTP ${answer.status} "${message.trim()}"` : `HTTP ${answer.status}`;
}

/**
 * Whether an answer came and is a 2xx.
 * @example
 * isSuccess(probe.answer); // false for a 401 or no answer
 */
export const isSuccess = (answer: RawAnswer | undefined): boolean => answer !== undefined && answer.status >= 200 && answer.status < 300;

/**
 * The path and query of a URL, for short lines.
 * @example
 * pathOf('https://api.fynd.com/service/application/user/platform/v1.0/config'); // '/service/application/user/platform/v1.0/config'
 */
export function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}
