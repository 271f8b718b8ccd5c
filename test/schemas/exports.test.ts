import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/index';
import { endpointRows, userMdSchemaNames } from '../helpers/userMd';

const named = schemas as unknown as Record<string, { safeParse?: (value: unknown) => { success: boolean; data?: unknown } } | undefined>;
const schemaNames = userMdSchemaNames();

describe('every schema of USER.md is exported as schemas.Name', () => {
  it('USER.md lists 83 schemas under #### [Name]', () => {
    expect(schemaNames).toHaveLength(83);
    expect(new Set(schemaNames).size).toBe(83);
    expect(schemaNames).toContain('PlatformSchema');
    expect(schemaNames).toContain('PhoneNumber');
  });

  it.each(schemaNames)('schemas.%s is a schema', (name) => {
    const schema = named[name];
    expect(schema, `schemas.${name}`).toBeDefined();
    expect(typeof schema?.safeParse).toBe('function');
    expect(schema?.safeParse?.({}).success).toBe(true);
  });
});

const requestSchemas = [...new Set(endpointRows().flatMap((row) => (row.bodySchema ? [row.bodySchema] : [])))];
const responseSchemas = [...new Set(endpointRows().map((row) => row.responseSchema))];

describe('request schemas are strict, response schemas lenient', () => {
  it('the endpoints table names 18 body schemas and 19 response schemas, all in USER.md', () => {
    expect(requestSchemas).toHaveLength(18);
    expect(responseSchemas).toHaveLength(19);
    for (const name of [...requestSchemas, ...responseSchemas]) expect(schemaNames).toContain(name);
  });

  it.each(requestSchemas)('%s refuses an unknown key', (name) => {
    expect(named[name]?.safeParse?.({ not_a_field: 'x' }).success).toBe(false);
  });

  it.each(responseSchemas)('%s keeps an unknown key', (name) => {
    const result = named[name]?.safeParse?.({ not_a_field: 'x' });
    expect(result?.success).toBe(true);
    expect(result?.data).toEqual({ not_a_field: 'x' });
  });
});
