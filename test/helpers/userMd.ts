import { readFileSync } from 'node:fs';

/*
 * Readers for the API document (USER.md) and the endpoints table, copied unchanged from the project's spec into
 * test/helpers/spec/, so that tests check the kit against the document rather than against the kit's own table.
 */

const specDir = new URL('./spec/', import.meta.url);

/** The text of a file of test/helpers/spec/. */
export function readSpec(name: 'USER.md' | 'endpoints.tsv' | 'signing-vectors.json'): string {
  return readFileSync(new URL(name, specDir), 'utf8');
}

/** One example response of USER.md. */
export interface UserMdExample {
  /** The `### name` section it is in. */
  method: string;
  /** Its position among the section's non-empty ```json blocks, from 0. */
  index: number;
  /** Whether it was wrapped in `{ "value": … }`. */
  wrapped: boolean;
  /** The body on the wire: the parsed block, unwrapped. */
  body: unknown;
}

function isValueWrapper(value: unknown): value is { value: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && 'value' in value;
}

/**
 * For each `### methodName` section of USER.md (up to `### Schemas`), the ```json blocks, parsed and unwrapped from
 * their `{ "value": … }` wrapper; empty blocks are skipped.
 */
export function userMdExamples(): UserMdExample[] {
  const text = readSpec('USER.md');
  const methodsPart = text.slice(0, text.indexOf('\n### Schemas'));
  const examples: UserMdExample[] = [];
  const sections = methodsPart.split(/^### /m).slice(1);
  for (const section of sections) {
    const method = section.slice(0, section.indexOf('\n')).trim();
    let index = 0;
    for (const match of section.matchAll(/```json\n([\s\S]*?)```/g)) {
      const source = (match[1] ?? '').trim();
      if (source === '') continue;
      const parsed = JSON.parse(source) as unknown;
      const wrapped = isValueWrapper(parsed);
      examples.push({ method, index: index++, wrapped, body: wrapped ? parsed.value : parsed });
    }
  }
  return examples;
}

/** The `### name` headings of USER.md's methods part, in order. */
export function userMdMethodNames(): string[] {
  const text = readSpec('USER.md');
  const methodsPart = text.slice(0, text.indexOf('\n### Schemas'));
  return [...methodsPart.matchAll(/^### (\w+)\s*$/gm)].map((match) => match[1] ?? '');
}

/** Every schema name listed as `#### [Name](#Name)` in USER.md's Schemas section. */
export function userMdSchemaNames(): string[] {
  const text = readSpec('USER.md');
  const schemasPart = text.slice(text.indexOf('\n### Schemas'));
  return [...schemasPart.matchAll(/^\s*#### \[(\w+)\]\(#\w+\)/gm)].map((match) => match[1] ?? '');
}

/** One row of endpoints.tsv. */
export interface EndpointRow {
  method: string;
  http: string;
  path: string;
  /** SDK argument name → wire name, in the table's order. */
  query: { argument: string; wire: string }[];
  bodySchema: string | undefined;
  responseSchema: string;
  session: boolean;
}

/** endpoints.tsv, parsed. */
export function endpointRows(): EndpointRow[] {
  const [, ...lines] = readSpec('endpoints.tsv').trim().split('\n');
  return lines.map((line) => {
    const [method = '', http = '', path = '', query = '', body = '', response = '', session = ''] = line.split('\t');
    return {
      method,
      http,
      path,
      query:
        query === '-'
          ? []
          : query.split(',').map((item) => {
              const [argument = '', wire] = item.trim().split('->');
              return { argument, wire: wire ?? argument };
            }),
      bodySchema: body === '-' ? undefined : body,
      responseSchema: response,
      session: session.trim() === 'yes',
    };
  });
}
