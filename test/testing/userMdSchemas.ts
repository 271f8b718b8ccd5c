import { normalizeResponse } from '../../src/schemas/lenient';
import { readSpec, userMdExamples } from '../helpers/userMd';

/*
 * What USER.md says a method answers: the name of its response schema (the first `[Name](#Name)` after
 * "*Returned Response:*" in the method's section), that schema's properties (its `#### [Name]` table), and the
 * top-level keys of the method's example (camelCase aliases as their snake_case key, `null` values as absent).
 */

const text = readSpec('USER.md');
const methodsPart = text.slice(0, text.indexOf('\n### Schemas'));
const schemasPart = text.slice(text.indexOf('\n### Schemas'));

/** The response schema USER.md names for a method. */
export function userMdResponseSchema(method: string): string {
  const section = methodsPart.split(/^### /m).find((part) => part.slice(0, part.indexOf('\n')).trim() === method);
  if (!section) throw new Error(`USER.md has no section ### ${method}`);
  const returned = section.slice(section.indexOf('*Returned Response:*'));
  const name = /\[(\w+)\]\(#\w+\)/.exec(returned)?.[1];
  if (!name) throw new Error(`USER.md names no response schema for ${method}`);
  return name;
}

/** The properties USER.md lists for a schema. */
export function userMdSchemaProperties(schema: string): string[] {
  const start = schemasPart.indexOf(`#### [${schema}](#${schema})`);
  if (start < 0) throw new Error(`USER.md has no schema ${schema}`);
  const table = schemasPart.slice(start, schemasPart.indexOf('\n---', start));
  return [...table.matchAll(/^\s*\| (\w+) \|/gm)].map((match) => match[1] ?? '').filter((name) => name !== 'Properties');
}

/** The top-level keys of the method's example in USER.md, or `undefined` when its example is empty. */
export function userMdExampleKeys(method: string): string[] | undefined {
  const example = userMdExamples().find((entry) => entry.method === method);
  if (!example) return undefined;
  return Object.keys(normalizeResponse(example.body) as Record<string, unknown>);
}
