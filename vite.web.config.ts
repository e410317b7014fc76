/** The web edition: the same renderer with the browser host (web/), as static files in out/web. */
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

/**
 * The entry loads the app and the service as separate chunks (see renderer/main.tsx); listing them
 * in the page's head lets the browser fetch and compile them while it is still starting the entry.
 */
function preloadAppChunks(): Plugin {
  return {
    name: 'glc-preload-app-chunks',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        Object.values(context.bundle ?? {})
          .filter((output) => output.type === 'chunk' && !output.isEntry)
          .map((chunk) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' as const })),
    },
  };
}

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [react(), preloadAppChunks()],
  resolve: { alias: { '#platform': resolve(root, 'web/platform.ts') } },
  build: { outDir: resolve(root, 'out/web'), emptyOutDir: true },
});
