/**
 * Every stylesheet lives beside the component or view it styles and is imported by it (Vite bundles it with
 * the component), so no CSS file is left behind when its component goes. The shared ones, tokens and base, are
 * imported once by the app's entry.
 */
import { describe, expect, it } from 'vitest';
import { basename, dirname, posix } from 'node:path';
import { cssFiles, readRendererFile, sourceFiles } from './renderer-css-files';

const SHARED = ['styles/tokens.css', 'styles/base.css'];
const ENTRY = 'start-app.tsx';

/** The stylesheets a source file imports, as paths relative to renderer/. */
function stylesheetsImportedBy(source: string): string[] {
  const imports = [...readRendererFile(source).matchAll(/^import\s+'([^']+\.css)';$/gm)].map((match) => match[1]!);
  return imports.map((path) => posix.normalize(posix.join(dirname(source), path)));
}

describe('renderer stylesheets', () => {
  it('each belong to a component or view of the same name that imports it', () => {
    const orphans = cssFiles()
      .filter((css) => !SHARED.includes(css))
      // The room window's own pages are not React components: their HTML links their stylesheet.
      .filter((css) => !css.startsWith('room-pages/'))
      .filter((css) => {
        const owner = css.replace(/\.css$/, '.tsx');
        return !sourceFiles().includes(owner) || !stylesheetsImportedBy(owner).includes(css);
      });
    expect(orphans, 'stylesheets without a component of the same name importing them').toEqual([]);
  });

  it('tokens and base are imported by the entry, before the app and so before every component', () => {
    const entry = readRendererFile(ENTRY);
    expect(stylesheetsImportedBy(ENTRY)).toEqual(SHARED);
    for (const shared of SHARED) expect(entry.indexOf(basename(shared))).toBeLessThan(entry.indexOf("from './App'"));
    expect(cssFiles()).toEqual(expect.arrayContaining(SHARED));
  });

  it('imported anywhere exist', () => {
    const missing = sourceFiles().flatMap((source) => stylesheetsImportedBy(source).filter((css) => !cssFiles().includes(css)));
    expect(missing).toEqual([]);
  });
});
