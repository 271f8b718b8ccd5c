/**
 * A zod (`zod/mini`) schema and a TypeScript type, under the same name, for every schema in USER.md.
 * Request schemas are strict (an unknown key is a mistake that never reaches the network); response schemas
 * are lenient (unknown keys kept, `null` read as absent, the document's own spelling variants normalised).
 */
export * from './common';
export * from './auth';
export * from './otp';
export * from './profile';
export * from './config';
export * from './admin';
