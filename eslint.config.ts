import tseslint from 'typescript-eslint';
import globals from 'globals';

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
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
