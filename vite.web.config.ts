/** The web edition: the same renderer with the browser platform adapter, as static files in out/web. */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [react()],
  resolve: { alias: { '#platform': resolve(root, 'renderer/platform/web.ts') } },
  build: { outDir: resolve(root, 'out/web'), emptyOutDir: true },
});
