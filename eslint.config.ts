import tseslint from 'typescript-eslint';
import type { Rule } from 'eslint';
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
const IPC_BRIDGES = ['main/ipc/bridge.ts', 'preload/index.ts', 'main/rooms/pages/toolbar-preload.ts', 'main/rooms/pages/picker-preload.ts'];

/** Import rules that keep the layers apart (see each folder's README). */
const noElectronOrNode = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'Only main/ and preload/ may import electron.' },
    { group: ['node:*'], message: 'core/ and renderer/ run in the browser too: no node: modules.' },
  ],
};

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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noElectronOrNode,
          patterns: [
            ...noElectronOrNode.patterns,
            { group: ['**/main/**', '**/renderer/**', '**/preload/**', 'react', 'react-dom'], message: 'core/ is the pure domain.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noElectronOrNode,
          patterns: [
            ...noElectronOrNode.patterns,
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer reaches the app only through renderer/platform.' },
          ],
        },
      ],
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
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', '**/main/**', '**/renderer/**'], message: 'The sandboxed preload may import electron and core/api only.' }] }],
    },
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: IPC_BRIDGES,
    plugins: { local: { rules: { 'no-raw-ipc': noRawIpc } } },
    rules: { 'local/no-raw-ipc': 'error' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
