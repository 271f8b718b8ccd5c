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

/**
 * A handler that answers a method's first `times` calls with `body` (status 200) and lets the later ones through
 * to the handlers behind it (the fake), counting the calls it answered.
 */
export function answerOnce(method: UserMethodName, body: JsonBodyType, times = 1) {
  const spec = userMethods[method];
  const verb = spec.http.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  let answered = 0;
  const handler = http[verb](urlOf(method), () => {
    if (answered >= times) return undefined;
    answered += 1;
    return HttpResponse.json(body);
  });
  return { handler, answered: () => answered };
}
