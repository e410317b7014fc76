import tseslint from 'typescript-eslint';
import type { Linter, Rule } from 'eslint';
import type { Node } from 'estree';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';

const namesContents = (node: Node): boolean =>
  (node.type === 'Identifier' && /contents$/i.test(node.name)) ||
  (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && /contents$/i.test(node.property.name));

/**
 * Raw IPC outside the bridge modules: webContents.send with a loose channel and
 * payload, or ipcMain / ipcRenderer used directly. Main pushes through
 * main/ipc/bridge.ts (one typed map of channels); each page's preload is its
 * page's bridge. Syntactic on purpose: it needs no type information to run.
 */
export const noRawIpc: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid raw webContents.send, ipcMain.* and ipcRenderer.* outside the IPC bridge modules' },
    messages: {
      rawSend: 'Push to a page with pushTo() from main/ipc/bridge.ts: its channel map types the payload.',
      rawIpc: '{{name}} is used only in the IPC bridge modules (main/ipc/bridge.ts, the preloads).',
    },
    schema: [],
  },
  create(context) {
    return {
      MemberExpression(node) {
        if (node.object.type === 'Identifier' && (node.object.name === 'ipcMain' || node.object.name === 'ipcRenderer')) {
          context.report({ node, messageId: 'rawIpc', data: { name: node.object.name } });
        }
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        if (callee.property.name === 'send' && namesContents(callee.object)) context.report({ node, messageId: 'rawSend' });
      },
    };
  },
};

/**
 * No literal user-visible text in the renderer's JSX: text and the attributes
 * people read (aria-label, title, placeholder, alt) go through t() or <Trans>
 * (core/i18n/locales). Punctuation and separators alone (·, –, …, ×) are not words.
 */
export const noLiteralJsxText = {
  mode: 'jsx-only',
  'jsx-attributes': { include: ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription'] },
  words: { exclude: ['[0-9!-/:-@[-`{-~\\s]+', '[\\s·–—…×←→“”‘’()]+'] },
} as const;

/** The IPC bridge modules: the only places raw IPC may appear. */
const IPC_BRIDGES = ['main/ipc/bridge.ts', 'preload/index.ts', 'preload/room-toolbar.ts', 'preload/room-picker.ts'];

/** A forbidden import: gitignore-style groups, or a regex (for "only these": groups cannot re-allow a file below a forbidden folder). */
type ImportPattern = { group: string[]; message: string } | { regex: string; message: string };

/** Forbids every import but these (electron, or a module path relative to the folder, such as core/api). */
const onlyImports = (allowed: { packages: string[]; coreModules: string[] }, message: string): ImportPattern => ({
  regex: `^(?!(?:${[...allowed.packages, `(?:\\.\\./)+core/(?:${allowed.coreModules.join('|')})(?:\\.ts)?`].join('|')})$)`,
  message,
});

/** One folder's import rule: the patterns a file there may not import (the last matching block wins, so each block is whole). */
const forbidImports = (files: string[], ...patterns: ImportPattern[]): Linter.Config => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

// Regexes for packages: a gitignore group 'electron' would also match a module of ours named electron.
const NO_ELECTRON: ImportPattern = { regex: '^electron(?:/.*)?$', message: 'Only main/ and preload/ may import electron.' };
const NO_NODE: ImportPattern = { group: ['node:*'], message: 'This code runs in the browser too: no node: modules.' };
const NO_MAIN: ImportPattern = { group: ['**/main/**'], message: 'main/ is the Electron host: reach it through the CompanionApi contract (core/api.ts).' };
const NO_PRELOAD: ImportPattern = { group: ['**/preload/**'], message: 'preload/ is bundled into the sandboxed pages only.' };
const NO_RENDERER: ImportPattern = { group: ['**/renderer/**'], message: 'renderer/ is the UI: hosts and the domain never import it.' };
const NO_WEB: ImportPattern = { group: ['**/web/**'], message: 'web/ is the web edition\'s host; only the #platform alias reaches it.' };
const NO_UI_LIBRARIES: ImportPattern = { regex: '^react(?:-dom)?(?:/.*)?$', message: 'core/ is the pure domain.' };
const NO_SERVICE: ImportPattern = {
  group: ['**/core/service', '**/core/service.ts'],
  message: 'Views and components use the CompanionApi contract and pure helpers, never the service itself.',
};
const NO_API_IN_FEEDS: ImportPattern = { group: ['../api', '../api.ts', '**/core/api', '**/core/api.ts'], message: 'core/feeds must not import core/api.ts: the contract imports the feeds.' };
/** The contract modules a preload may bundle, and nothing else. */
const PRELOAD_ONLY = onlyImports(
  { packages: ['electron'], coreModules: ['api', 'room-toolbar-channels', 'room-picker-channels'] },
  'A sandboxed preload may import electron and the core contract modules only (core/api.ts, core/room-*-channels.ts).',
);
/** The room pages are plain DOM scripts: their channel contract is all they import. */
const ROOM_PAGES_ONLY = onlyImports(
  { packages: [], coreModules: ['room-toolbar-channels', 'room-picker-channels'] },
  'The room pages are tiny pages of their own: they import their channel contract only.',
);

/** The layers as each folder's README states them, as import rules. Exported for tests/lint/layer-imports.test.ts. */
export const layerImportRules: Linter.Config[] = [
  forbidImports(['core/**/*.ts'], NO_ELECTRON, NO_NODE, NO_MAIN, NO_RENDERER, NO_PRELOAD, NO_WEB, NO_UI_LIBRARIES),
  forbidImports(['core/feeds/**/*.ts'], NO_ELECTRON, NO_NODE, NO_MAIN, NO_RENDERER, NO_PRELOAD, NO_WEB, NO_UI_LIBRARIES, NO_API_IN_FEEDS),
  forbidImports(['main/**/*.ts'], NO_RENDERER, NO_PRELOAD, NO_WEB),
  forbidImports(['preload/**/*.ts'], PRELOAD_ONLY),
  forbidImports(['renderer/**/*.{ts,tsx}'], NO_ELECTRON, NO_NODE, NO_MAIN, NO_PRELOAD, NO_WEB),
  forbidImports(['renderer/views/**/*.{ts,tsx}', 'renderer/components/**/*.{ts,tsx}'], NO_ELECTRON, NO_NODE, NO_MAIN, NO_PRELOAD, NO_WEB, NO_SERVICE),
  forbidImports(['renderer/room-pages/**/*.ts'], ROOM_PAGES_ONLY),
  forbidImports(['web/**/*.ts'], NO_ELECTRON, NO_NODE, NO_MAIN, NO_PRELOAD),
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'bench/results*.json'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      // Async methods implement Promise-returning ports and contract actions; they need no await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'web/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'ipcRenderer', message: 'Use CompanionApi from renderer/platform.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Feed text is untrusted: render it as text.' },
        { selector: "MemberExpression[property.name='companion'][object.name='window']", message: 'Only renderer/platform/electron.ts reads window.companion.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', noLiteralJsxText] },
  },
  {
    files: ['renderer/platform/electron.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts', 'scripts/**/*.{ts,mjs}', 'tests/**/*.ts', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  ...layerImportRules,
  {
    files: ['main/**/*.ts', 'preload/**/*.ts', 'renderer/**/*.{ts,tsx}', 'web/**/*.ts'],
    ignores: IPC_BRIDGES,
    plugins: { local: { rules: { 'no-raw-ipc': noRawIpc } } },
    rules: { 'local/no-raw-ipc': 'error' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
