/** Seconds each step took (0 when skipped). */
export interface NextExampleTimings {
  kit: number;
  install: number;
  build: number;
}
export const root: string;
export const exampleDir: string;
export function prepareNextExample(log?: (line: string) => void): NextExampleTimings;
export function freePort(): Promise<number>;
export function startNextExample(options: {
  apiOrigin: string;
  applicationId: string;
  applicationToken: string;
  platformName?: string;
  port?: number;
}): Promise<{ url: string; output: () => string; close: () => Promise<void> }>;
