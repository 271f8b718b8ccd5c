import type { SetupWorker } from 'msw/browser';
import { userMethods, type UserMethodName } from '../../src/client/methods';

/** Counts the requests the page makes to one method (through MSW's events), for "submits once" checks. */
export function countRequests(msw: SetupWorker, method: UserMethodName) {
  const spec = userMethods[method];
  const counter = { count: 0 };
  msw.events.on('request:start', ({ request }) => {
    if (request.method === spec.http && new URL(request.url).pathname === spec.path) counter.count += 1;
  });
  return counter;
}
