/**
 * package.json says what the project uses: every package the code imports or
 * requires is declared (not borrowed from another package's dependencies), and
 * every declared package is used by the code, a config file or an npm script.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts: Record<string, string>;
};
const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);

const SOURCE_DIRS = ['core', 'main', 'preload', 'renderer', 'scripts', 'bench', 'tests'];
const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
/** The folder tree is small and shallow; the bound only guards against a link loop. */
const MAX_DEPTH = 12;

function sourceFiles(dir: string, depth = 0): string[] {
  if (depth > MAX_DEPTH) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path, depth + 1);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

const files = [
  ...SOURCE_DIRS.flatMap((dir) => sourceFiles(join(root, dir))),
  ...readdirSync(root).filter((name) => SOURCE.test(name)).map((name) => join(root, name)),
];
const texts = files.map((file) => readFileSync(file, 'utf8'));

/** "@scope/name/sub" -> "@scope/name"; "name/sub" -> "name". */
const packageOf = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Module specifiers of static imports and re-exports, side-effect imports, import() and require-like calls (require, createRequire(…)(…)). */
const SPECIFIERS = [
  /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\w*\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];
const builtins = new Set(builtinModules);
const isPackage = (specifier: string): boolean =>
  !/^(?:[./#]|node:|virtual:)/.test(specifier) && !builtins.has(specifier.split('/')[0] as string);

function importedPackages(): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    for (const pattern of SPECIFIERS) {
      for (const match of text.matchAll(pattern)) if (isPackage(match[1] as string)) found.add(packageOf(match[1] as string));
    }
  }
  return found;
}

function manifestOf(name: string): { bin?: string | Record<string, string>; peerDependencies?: Record<string, string> } {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as ReturnType<typeof manifestOf>;
  } catch {
    return {};
  }
}

/** The commands a package puts on the PATH. */
function binsOf(name: string): string[] {
  const { bin } = manifestOf(name);
  if (typeof bin === 'string') return [name.split('/').pop() as string];
  return Object.keys(bin ?? {});
}

describe('package.json', () => {
  it('declares every package the code imports or requires', () => {
    // A package that is only types (import type … from 'estree') is declared as its @types package.
    const typesOf = (name: string): string => `@types/${name.replace(/^@/, '').replace('/', '__')}`;
    const undeclared = [...importedPackages()].filter((name) => !declared.has(name) && !declared.has(typesOf(name)));
    expect(undeclared).toEqual([]);
  });

  it('declares no package that nothing uses', () => {
    const scripts = Object.values(manifest.scripts).join(' ');
    const everything = texts.join('\n') + readdirSync(root).filter((n) => /\.(json|ya?ml)$/.test(n) && !n.startsWith('package')).map((n) => readFileSync(join(root, n), 'utf8')).join('\n');
    const unused = [...declared].filter((name) => {
      if (everything.includes(`'${name}'`) || everything.includes(`"${name}"`) || everything.includes(`'${name}/`)) return false;
      if (binsOf(name).some((bin) => new RegExp(`(^|[\\s&|;])${bin}(\\s|$)`).test(scripts))) return false;
      // Declared because another declared package needs it as a peer (react-dom needs react, for example).
      if ([...declared].some((other) => Object.hasOwn(manifestOf(other).peerDependencies ?? {}, name))) return false;
      // Type packages are used by name through the compiler, not imported.
      return !name.startsWith('@types/');
    });
    expect(unused).toEqual([]);
  });
});
