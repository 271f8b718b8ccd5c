import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The package's own names, resolved to its sources (as the demo does): the stories of the demo's pages
 * (demo/src) import `fdk-user-react` like a storefront.
 */
export const kitAliases = {
  'fdk-user-react/testing': path.join(root, 'src', 'testing', 'index.ts'),
  'fdk-user-react': path.join(root, 'src', 'index.ts'),
};
