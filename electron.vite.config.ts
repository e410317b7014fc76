import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { roomPagesPlugin } from './scripts/vite/room-pages-plugin';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: {
          index: resolve(root, 'preload/index.ts'),
          // The room window's toolbar and screen-share picker each get a bridge of their own.
          'room-toolbar': resolve(root, 'preload/room-toolbar.ts'),
          'room-picker': resolve(root, 'preload/room-picker.ts'),
        },
        // Sandboxed preloads must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), roomPagesPlugin({ pagesDir: resolve(root, 'renderer/room-pages'), outDir: resolve(root, 'out/renderer/rooms') })],
    resolve: { alias: { '#platform': resolve(root, 'renderer/platform/electron.ts') } },
    build: {
      minify: true,
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
