import type { Browser } from 'playwright-core';
/** Debian's Chromium (`CHROMIUM_PATH` or /usr/bin/chromium). */
export declare const chromiumPath: string;
/** The flags every headless Chromium of the project starts with. */
export declare const chromiumArgs: string[];
/** Starts headless Chromium through playwright-core. */
export declare function launchChromium(): Promise<Browser>;
