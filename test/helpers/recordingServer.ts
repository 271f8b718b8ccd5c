import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as it reached the server. */
export interface RecordedRequest {
  /** HTTP verb as sent (`GET`, `POST` …). */
  method: string;
  /** The request target as sent: path plus query string (`/service/…?platform=Fynd`). */
  url: string;
  /** The path part of `url`, undecoded. */
  path: string;
  /** The query string decoded into name → value (the last value wins for a repeated name). */
  query: Record<string, string>;
  /** The raw query string without `?` (empty when there is none). */
  search: string;
  /** Headers, names lower-cased by node. */
  headers: IncomingHttpHeaders;
  /** The body as UTF-8 text (empty string when there was none). */
  body: string;
  /** The body parsed as JSON, or `undefined` when it is empty or not JSON. */
  json: unknown;
}

/** What the server does with the next request. */
export type ScriptedResponse =
  | {
      /** HTTP status. Default 200. */
      status?: number;
      /** Response headers. `content-type: application/json` is added for a non-string body. */
      headers?: Record<string, string>;
      /** A string is sent as is; anything else as JSON. Default `{}`. */
      body?: unknown;
      /** Wait this many ms before answering. */
      delay?: number;
    }
  | {
      /** Destroy the socket without answering (a network error for the client). */
      drop: true;
      /** Wait this many ms before dropping. */
      delay?: number;
    };

export interface RecordingServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  /** Every request received since the start or the last `reset()`. */
  readonly requests: RecordedRequest[];
  /** Queues responses for the next requests, in order. When the queue is empty the default response is used. */
  reply(...responses: ScriptedResponse[]): void;
  /** Sets the response used when the queue is empty (initially 200 `{}`). */
  setDefault(response: ScriptedResponse): void;
  /** Forgets recorded requests and queued responses and restores the default response. */
  reset(): void;
  /** The last recorded request (throws when there is none). */
  last(): RecordedRequest;
  /** Stops the server, cutting open connections. */
  close(): Promise<void>;
}

/** A 200 every method accepts: it holds what the methods that need something need (`responseNeeds`). */
export const DEFAULT_BODY = { request_id: 'request-1', user: { _id: 'user-1' } };
const DEFAULT_RESPONSE: ScriptedResponse = { status: 200, body: DEFAULT_BODY };

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Starts an HTTP server on 127.0.0.1 (a free port) that records each request and answers with scripted
 * responses.
 * @example
 * const server = await startRecordingServer();
 * server.reply({ status: 500, body: { message: 'boom' } }, { drop: true });
 */
export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  let queue: ScriptedResponse[] = [];
  let fallback: ScriptedResponse = DEFAULT_RESPONSE;
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const answer = (scripted: ScriptedResponse, res: ServerResponse) => {
    if ('drop' in scripted) {
      res.socket?.destroy();
      return;
    }
    const status = scripted.status ?? 200;
    const headers: Record<string, string> = { ...scripted.headers };
    let text = '';
    if (typeof scripted.body === 'string') {
      text = scripted.body;
    } else {
      text = JSON.stringify(scripted.body ?? {});
      if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
    }
    res.writeHead(status, headers);
    res.end(text);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const target = req.url ?? '/';
      const queryIndex = target.indexOf('?');
      const path = queryIndex >= 0 ? target.slice(0, queryIndex) : target;
      const search = queryIndex >= 0 ? target.slice(queryIndex + 1) : '';
      const query: Record<string, string> = {};
      new URLSearchParams(search).forEach((value, name) => {
        query[name] = value;
      });
      requests.push({ method: req.method ?? '', url: target, path, query, search, headers: req.headers, body, json: parseJson(body) });
      const scripted = queue.shift() ?? fallback;
      if (scripted.delay) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed && !res.socket?.destroyed) answer(scripted, res);
        }, scripted.delay);
        timers.add(timer);
      } else {
        answer(scripted, res);
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    reply(...responses) {
      queue.push(...responses);
    },
    setDefault(response) {
      fallback = response;
    },
    reset() {
      requests.length = 0;
      queue = [];
      fallback = DEFAULT_RESPONSE;
    },
    last() {
      const request = requests.at(-1);
      if (!request) throw new Error('the recording server has received no request');
      return request;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
