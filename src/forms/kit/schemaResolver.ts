import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod/mini';

/**
 * A react-hook-form resolver for a `zod/mini` schema: the first issue of each field becomes its error. (The kit
 * uses this dozen lines instead of `@hookform/resolvers`, which also carries code for other zod versions.)
 * @example
 * useForm({ resolver: schemaResolver(z.object({ email: z.string().check(z.email({ error: 'Enter an email' })) })) });
 */
export function schemaResolver<T extends FieldValues>(schema: z.ZodMiniType<T, T>): Resolver<T> {
  return async (values) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      if (!(path in errors)) errors[path] = { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<T> };
  };
}
