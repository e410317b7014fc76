/**
 * Builds the room window's own pages (toolbar, source picker) into
 * out/renderer/rooms/, where the app:// handler serves them under our CSP.
 * They are a separate Vite build because the renderer's root is renderer/ and
 * Vite will not emit HTML that lives outside its root. Used by the renderer
 * section of electron.vite.config.ts; in dev it builds once when the server starts,
 * because room pages always load from app://, never from the dev server.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Plugin } from 'vite';

export interface RoomPagesOptions {
  /** This folder (main/rooms/pages). */
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
