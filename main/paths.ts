import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** electron-vite builds main to out/main/index.js; the preload and renderer sit next to it in out/. */
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export const rendererDir = join(outDir, 'renderer');
export const preloadPath = join(outDir, 'preload', 'index.cjs');
