// The files made from the methods table and its guide (src/client/methods.ts, src/query/methodGuide.ts): the
// mutation hooks with their TSDoc, and the README's table of the 33 methods. `npm run docs:methods` writes them;
// test/query/generated.test.ts fails when either is out of date.
import { userMethodNames, userMethods } from '../../src/client/methods';
import { describeCacheEffect, methodGuide } from '../../src/query/methodGuide';
import { queryMethodNames, type MutationMethodName } from '../../src/query/mutations';

const mutationNames = userMethodNames.filter((name): name is MutationMethodName => !(queryMethodNames as readonly string[]).includes(name));

/** The source of `src/query/hooks/mutationHooks.ts`. */
export function mutationHooksSource(): string {
  const hooks = mutationNames.map((name) => {
    const { summary, hook } = methodGuide[name];
    const spec = userMethods[name];
    const queryArgs = Object.keys(spec.query).filter((arg) => arg !== 'platform');
    const example = spec.body ? 'mutation.mutate({ body });' : queryArgs.length ? `mutation.mutate({ ${queryArgs.join(', ')} });` : 'mutation.mutate();';
    return [
      '/**',
      ` * ${summary}`,
      ` * Cache effect: ${describeCacheEffect(name)}.`,
      ' * @example',
      ` * const mutation = ${hook}();`,
      ` * ${example}`,
      ' */',
      `export const ${hook}: Hook<'${name}'> = (options) => useUserMutation('${name}', options);`,
    ].join('\n');
  });
  return [
    "'use client';",
    "// Made by `npm run docs:methods` from src/query/methodGuide.ts and src/query/mutations.ts: do not edit by hand.",
    "import type { MutationMethodName } from '../mutations';",
    "import { useUserMutation, type UserMutationOptions, type UserMutationResult } from './useUserMutation';",
    '',
    'type Hook<N extends MutationMethodName> = <TContext = unknown>(options?: UserMutationOptions<N, TContext>) => UserMutationResult<N, TContext>;',
    '',
    hooks.join('\n\n'),
    '',
  ].join('\n');
}

/** The README's table of the 33 methods. */
export function methodsTable(): string {
  const rows = userMethodNames.map((name) => {
    const spec = userMethods[name];
    const guide = methodGuide[name];
    const args = [Object.keys(spec.query).join(', '), spec.body ? 'body' : ''].filter(Boolean).join(', ');
    const effect = (queryMethodNames as readonly string[]).includes(name) ? 'read (query)' : describeCacheEffect(name as MutationMethodName);
    return `| \`${name}\` | ${spec.http} \`${spec.path.replace('/service/application/user', '…')}\` | \`client.${name}(${args ? `{ ${args} }` : ''})\` | \`${guide.hook}\` | ${guide.parts} | ${effect} | ${spec.session ? 'yes' : 'no'} |`;
  });
  return ['| method | verb and path | client | hook | parts | cache effect | session |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The README with its methods table replaced. */
export function readmeWithTable(readme: string): string {
  const start = '<!-- methods:start -->';
  const end = '<!-- methods:end -->';
  return readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${methodsTable()}\n${end}`);
}
