import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// The demo storefront: `npm run dev` serves it on 127.0.0.1:5173 with the fake User service in the browser (MSW).
export default defineConfig({
  root: dirname,
  publicDir: path.join(dirname, '..', 'public'),
  plugins: [react()],
  resolve: { alias: { 'fdk-user-react/testing': path.join(dirname, '..', 'src', 'testing', 'index.ts'), 'fdk-user-react': path.join(dirname, '..', 'src', 'index.ts') } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: path.join(dirname, '..', 'demo-dist'), emptyOutDir: true, target: 'es2022' },
});
