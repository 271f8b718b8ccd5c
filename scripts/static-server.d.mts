/** Serves a built site on 127.0.0.1 (a free port unless given). */
export declare function serveStatic(root: string, options?: { port?: number; spa?: boolean }): Promise<{ url: string; close: () => Promise<void> }>;
