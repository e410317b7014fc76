/**
 * Builds the room window's own pages (toolbar, source picker, in
 * renderer/room-pages/) into out/renderer/rooms/, where the app:// handler
 * serves them under our CSP. They are a separate Vite build, not inputs of the
 * renderer's: they are tiny pages without React, the #platform alias or the
 * app's chunks, and their CSP allows no module-preload polyfill. Used by the
 * renderer section of electron.vite.config.ts; in dev it builds once when the
 * server starts, because room pages always load from app://, never from the dev server.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Plugin } from 'vite';

export interface RoomPagesOptions {
  /** renderer/room-pages */
  pagesDir: string;
  /** out/renderer/rooms */
  outDir: string;
}

export function roomPagesPlugin({ pagesDir, outDir }: RoomPagesOptions): Plugin {
  let command: 'build' | 'serve' = 'build';
  const buildPages = async (): Promise<void> => {
    await build({
      configFile: false,
      envDir: false,
      root: pagesDir,
      base: './',
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        minify: true,
        // No inline module-preload polyfill: our CSP has no 'unsafe-inline'.
        modulePreload: { polyfill: false },
        rollupOptions: { input: { toolbar: resolve(pagesDir, 'toolbar.html'), picker: resolve(pagesDir, 'picker.html') } },
      },
    });
  };
  return {
    name: 'glc-room-pages',
    configResolved(config) {
      command = config.command;
    },
    async configureServer() {
      await buildPages();
    },
    async closeBundle() {
      if (command === 'build') await buildPages();
    },
  };
}
