import { http, HttpResponse, type HttpHandler } from 'msw';
import type { FakeUserService } from './createFakeUserService';
import { setCookieHeaders } from './fake/cookies';

/** Options of {@link createFakeUserHandlers}. */
export interface FakeUserHandlersOptions {
  /**
   * The API origin the client calls (`https://api.fynd.com`, `http://localhost:6006`). Default: any origin (the
   * handlers match `*\/service/application/user/*` and `*\/_fake/*`).
   */
  baseUrl?: string;
  /**
   * Attributes of the mocked session cookie. Default `Path=/; SameSite=Lax`, without `HttpOnly`: MSW copies
   * mocked cookies to `document.cookie`, where `HttpOnly` cannot hold (a browser drops a cookie written there
   * with it), so the mocked session is visible to page scripts. Test real `HttpOnly` against {@link startFakeUserServer}.
   */
  cookieAttributes?: string;
}

/**
 * MSW 2 request handlers that answer the User API (and the `/_fake/*` control routes) from a fake service,
 * for `setupWorker` (`msw/browser`: Storybook, the demo) and `setupServer` (`msw/node`: tests).
 *
 * The session cookie: each answer that signs in carries `Set-Cookie`, which MSW records in its cookie store and
 * (in a browser or jsdom) copies to `document.cookie`; later requests bring it back in the resolver's `cookies`.
 * Node's `fetch` has no cookie jar, so the handler set also keeps the last session cookie it set in memory and
 * uses it when a request carries none: a signed-in session survives across calls in Node and jsdom alike.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * const service = createFakeUserService();
 * const server = setupServer(...createFakeUserHandlers(service, { baseUrl: 'https://api.example.test' }));
 * server.listen({ onUnhandledRequest: 'error' });
 *
 * @example
 * // In the browser (Storybook, a demo): npx msw init public/
 * import { setupWorker } from 'msw/browser';
 * await setupWorker(...createFakeUserHandlers(createFakeUserService({ preset: 'branded' }))).start();
 */
export function createFakeUserHandlers(service: FakeUserService, options: FakeUserHandlersOptions = {}): HttpHandler[] {
  const prefix = options.baseUrl === undefined ? '*' : options.baseUrl.replace(/\/+$/, '');
  const attributes = options.cookieAttributes ?? 'Path=/; SameSite=Lax';
  const jar = new Map<string, string>();

  const resolve = async ({ request, cookies }: { request: Request; cookies: Record<string, string> }) => {
    const bodyText = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
    const answer = await service.handle({
      method: request.method,
      url: request.url,
      headers: request.headers,
      bodyText,
      cookies: { ...Object.fromEntries(jar), ...cookies },
    });
    if (answer.drop) return HttpResponse.error();
    const headers = new Headers(answer.headers);
    for (const value of setCookieHeaders(answer, attributes)) headers.append('set-cookie', value);
    if (answer.clearCookie !== undefined) jar.delete(answer.clearCookie);
    if (answer.setCookie) jar.set(answer.setCookie.name, answer.setCookie.value);
    return new HttpResponse(answer.text ?? JSON.stringify(answer.body), { status: answer.status, headers });
  };

  return [http.all(`${prefix}/service/application/user/*`, resolve), http.all(`${prefix}/_fake/*`, resolve)];
}
