import type { SetupWorker } from 'msw/browser';
import { userMethods, type UserMethodName } from '../../src/client/methods';

/** The requests the page made to one method: how many (counted as they start) and their JSON bodies (read as they arrive). */
export interface RequestLog {
  count: number;
  bodies: Array<Record<string, unknown>>;
}

type Listener = (event: { request: Request }) => void;
const listening: Array<{ msw: SetupWorker; listener: Listener }> = [];

/**
 * Records what the page sends to one method (through MSW's life-cycle events): `count` for "sends once" or
 * "sends nothing" checks, `bodies` for what goes on the wire (read asynchronously: wrap checks in `waitFor`).
 */
export function recordRequests(msw: SetupWorker, method: UserMethodName): RequestLog {
  const spec = userMethods[method];
  const log: RequestLog = { count: 0, bodies: [] };
  const listener: Listener = ({ request }) => {
    if (request.method !== spec.http || new URL(request.url).pathname !== spec.path) return;
    log.count += 1;
    void request
      .clone()
      .text()
      .then((text: string) => {
        try {
          log.bodies.push(text ? (JSON.parse(text) as Record<string, unknown>) : {});
        } catch {
          log.bodies.push({ unreadable: text });
        }
      });
  };
  msw.events.on('request:start', listener);
  listening.push({ msw, listener });
  return log;
}

/** Counts the requests the page makes to one method, for "submits once" checks. */
export function countRequests(msw: SetupWorker, method: UserMethodName): RequestLog {
  return recordRequests(msw, method);
}

/** Stops every recording of the story (called when the story is torn down). */
export function stopRecording(): void {
  for (const { msw, listener } of listening.splice(0)) msw.events.removeListener('request:start', listener);
}
