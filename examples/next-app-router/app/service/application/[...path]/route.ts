import type { NextRequest } from 'next/server';
import { signRequest } from 'fdk-user-react';
import { storeSettings } from '@/lib/store';

/** Headers that belong to one hop (this server's connection), not to the request or answer passed on. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'host', 'content-length'];

/**
 * The User API on the storefront's own origin (`/service/application/*`), as Fynd's storefronts call it: every
 * verb, the body, the headers (the `cookie` included) go to `FDK_API_ORIGIN`, and the answer (its `set-cookie`
 * included) comes back. The cookie thus belongs to the storefront.
 */
async function proxy(request: NextRequest): Promise<Response> {
  const { apiOrigin } = storeSettings();
  const target = new URL(request.nextUrl.pathname + request.nextUrl.search, apiOrigin);
  const headers = new Headers(request.headers);
  for (const name of HOP_BY_HOP) headers.delete(name);
  headers.delete('accept-encoding'); // fetch below decodes; ask for what it can decode
  // A call from this storefront's own pages is, to the API, a call from its own origin (as on Fynd's hosting, where
  // the storefront and the API share one): say so. A call from any other origin keeps its Origin, for the API to refuse.
  const origin = headers.get('origin');
  if (origin && URL.canParse(origin) && new URL(origin).host === request.headers.get('host')) headers.set('origin', new URL(apiOrigin).origin);
  const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();

  // The browser signed the request for this host; the API checks the signature against its own host: sign again.
  if (headers.has('x-fp-signature')) {
    const signed: Record<string, string> = {};
    headers.forEach((value, name) => {
      signed[name] = value;
    });
    headers.set('x-fp-signature', await signRequest({ method: request.method, url: target.href, body, headers: signed }));
  }

  let upstream: Response;
  try {
    upstream = await fetch(target, { method: request.method, headers, body, redirect: 'manual', cache: 'no-store' });
  } catch {
    return Response.json({ message: 'The store service cannot be reached.' }, { status: 502 });
  }

  const answer = new Headers();
  upstream.headers.forEach((value, name) => {
    if (name === 'set-cookie' || name === 'content-encoding' || HOP_BY_HOP.includes(name)) return;
    answer.append(name, value);
  });
  // Each cookie as its own header; a `Domain` of the API's host would not stick on the storefront's.
  for (const cookie of upstream.headers.getSetCookie()) answer.append('set-cookie', cookie.replace(/;\s*domain=[^;]*/i, ''));
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers: answer });
}

export const GET = proxy;
export const POST = proxy;
export const PUT = proxy;
export const PATCH = proxy;
export const DELETE = proxy;
export const HEAD = proxy;
export const OPTIONS = proxy;
