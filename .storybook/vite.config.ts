import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { kitAliases } from './aliases';

// Storybook's own Vite config: the library build settings of the root vite.config.ts do not apply to stories.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: kitAliases },
});
