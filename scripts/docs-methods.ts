// npm run docs:methods: writes the mutation hooks and the README's methods table from the methods table and its guide.
import { readFileSync, writeFileSync } from 'node:fs';
import { mutationHooksSource, readmeWithTable } from './docs/methodDocs';

writeFileSync('src/query/hooks/mutationHooks.ts', mutationHooksSource());
writeFileSync('README.md', readmeWithTable(readFileSync('README.md', 'utf8')));
console.log('docs:methods: wrote src/query/hooks/mutationHooks.ts and the README methods table');
