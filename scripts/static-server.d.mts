/**
 * Serves a built site on 127.0.0.1 (a free port unless given); `spa` serves index.html for unknown paths; `proxy`
 * forwards the requests of path prefixes to another origin, `Host` and cookies kept.
 */
export declare function serveStatic(
  root: string,
  options?: { port?: number; spa?: boolean; proxy?: Record<string, string> },
): Promise<{ url: string; close: () => Promise<void> }>;
