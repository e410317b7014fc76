/** The renderer's stylesheets and sources, read from the repository for the style guards. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const rendererDir = resolve(import.meta.dirname, '../../renderer');

/** Paths relative to renderer/ of every file under it whose name ends in one of the extensions. */
function filesEndingIn(extensions: readonly string[]): string[] {
  return readdirSync(rendererDir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => extensions.some((extension) => path.endsWith(extension)))
    .sort();
}

export const cssFiles = (): string[] => filesEndingIn(['.css']);
export const sourceFiles = (): string[] => filesEndingIn(['.ts', '.tsx']);
export const readRendererFile = (path: string): string => readFileSync(join(rendererDir, path), 'utf8');
