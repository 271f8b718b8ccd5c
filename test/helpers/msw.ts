import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { userMethods, type UserMethodName } from '../../src/client/methods';
import { TEST_BASE_URL } from './kit';

/** An MSW server for jsdom tests; every unhandled request is an error. */
export const mswServer = setupServer();

/** The full URL of a method on the test base URL. */
export const urlOf = (method: UserMethodName) => `${TEST_BASE_URL}${userMethods[method].path}`;

/** A handler for one method that answers with `respond` and counts its calls in `calls`. */
export function route(method: UserMethodName, respond: (request: Request, call: number) => Response | Promise<Response>) {
  const spec = userMethods[method];
  const calls: Request[] = [];
  const verb = spec.http.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  const handler = http[verb](urlOf(method), async ({ request }) => {
    calls.push(request.clone());
    return respond(request, calls.length);
  });
  return { handler, calls };
}

/** A JSON answer. */
export const json = (body: JsonBodyType, status = 200) => HttpResponse.json(body, { status });

/** A promise with its resolve function, to hold an answer until the test releases it. */
export function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}
