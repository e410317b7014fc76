/**
 * The import rules that keep the layers apart (eslint.config.ts, layerImportRules) bite: for each
 * folder, a file there that imports what its README forbids gets a no-restricted-imports error, and
 * one that imports what it allows gets none. Runs ESLint's Linter on one-line snippets with the
 * TypeScript parser only: the rule is syntactic, so no type information is needed.
 */
import { join } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import config, { layerImportRules } from '../../eslint.config';

const root = join(import.meta.dirname, '..', '..');
const linter = new Linter({ cwd: root });
const parsing: Linter.Config = { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } };

/** The no-restricted-imports errors for one import written in a file at this path (relative to the repository). */
function importErrors(file: string, specifier: string): string[] {
  const code = `import type { Anything } from '${specifier}';\nexport type Again = Anything;\n`;
  return linter
    .verify(code, [parsing, ...layerImportRules], { filename: join(root, file) })
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.fatal === true)
    .map((message) => message.message);
}

interface FolderRule {
  file: string;
  forbidden: string[];
  allowed: string[];
}

const FOLDERS: FolderRule[] = [
  {
    file: 'main/rooms/example.ts',
    forbidden: ['../../renderer/main', '../../preload/index', '../../web/platform'],
    allowed: ['electron', 'node:path', '../../core/api', '../../core/rooms/room-url', 'electron-store'],
  },
  {
    file: 'preload/example.ts',
    forbidden: ['../core/settings', '../core/service', 'node:path', '../main/ipc/bridge', '../renderer/main', '../web/platform', 'react'],
    allowed: ['electron', '../core/api', '../core/room-toolbar-channels', '../core/room-picker-channels'],
  },
  {
    file: 'renderer/hooks/example.ts',
    forbidden: ['electron', 'node:fs', '../../main/paths', '../../preload/index', '../../web/platform'],
    allowed: ['react', '#platform', '../../core/api', '../../core/service'],
  },
  {
    file: 'renderer/views/Example.tsx',
    forbidden: ['../../core/service', '../../core/service.ts', 'electron', '../../main/paths', '../../web/adapters/fetch-transport'],
    allowed: ['react', '../../core/api', '../../core/time/zoned', '../components/SessionRow'],
  },
  {
    file: 'renderer/components/Example.tsx',
    forbidden: ['../../core/service', 'node:path', '../../preload/index'],
    allowed: ['react', '#platform', '../../core/api', '../../core/search/highlight'],
  },
  {
    file: 'renderer/room-pages/example.ts',
    forbidden: ['../../core/api', '../../core/service', 'react', 'electron', '../../preload/room-toolbar'],
    allowed: ['../../core/room-toolbar-channels', '../../core/room-picker-channels'],
  },
  {
    file: 'web/adapters/example.ts',
    forbidden: ['electron', 'node:fs', '../../main/paths', '../../preload/index'],
    allowed: ['../../core/ports', '../../core/service', '../../renderer/platform/electron'],
  },
  {
    file: 'core/schedule/example.ts',
    forbidden: ['electron', 'node:fs', 'react', '../../main/paths', '../../renderer/main', '../../preload/index', '../../web/platform'],
    allowed: ['../api', '../time/zoned', './bookmarks', 'ical.js'],
  },
  {
    file: 'core/feeds/example.ts',
    forbidden: ['../api', '../api.ts', 'node:fs', '../../main/paths', '../../web/platform'],
    allowed: ['./types', './feed-status', '../programme/model', '../programme/change-report'],
  },
];

describe('layer import rules', () => {
  describe.each(FOLDERS)('$file', ({ file, forbidden, allowed }) => {
    it.each(forbidden)('forbids %s', (specifier) => {
      expect(importErrors(file, specifier)).toEqual([expect.stringContaining(`'${specifier}' import is restricted`)]);
    });
    it.each(allowed)('allows %s', (specifier) => {
      expect(importErrors(file, specifier)).toEqual([]);
    });
  });

  it('are the last word on imports in the full config: no later block replaces them', () => {
    const firstLayer = config.indexOf(layerImportRules[0]!);
    expect(firstLayer).toBeGreaterThan(0);
    expect(config.slice(firstLayer, firstLayer + layerImportRules.length)).toEqual(layerImportRules);
    const later = config.slice(firstLayer + layerImportRules.length).filter((block) => block.rules?.['no-restricted-imports'] !== undefined);
    expect(later).toEqual([]);
  });
});
