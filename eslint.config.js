// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports each room may not make (the rooms: see README.md, "Layout"). */
const NODE_MODULES = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https', 'net', 'stream', 'util', 'worker_threads'];
const noElectron = { group: ['electron', 'electron/*'], message: 'Only electron/ may import electron.' };
const noNode = { group: NODE_MODULES, message: 'The renderer runs in a browser: no Node module. Ask the platform bridge.' };

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'test-fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    // The benchmark drives the browser: its page.evaluate callbacks use the page's globals.
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['bench/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            { group: ['react', 'react-*', 'react/*', '@tanstack/*', 'zustand', 'zustand/*'], message: 'shared/ is pure domain code: no React.' },
            { group: ['dexie', 'dexie-*'], message: 'shared/ is pure domain code: no database.' },
            { group: NODE_MODULES, message: 'shared/ runs in main and renderer alike: no Node module.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports no other room.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ knows no DOM.' },
        { name: 'document', message: 'shared/ knows no DOM.' },
        { name: 'localStorage', message: 'shared/ knows no DOM.' },
        { name: 'indexedDB', message: 'shared/ knows no storage.' },
        { name: 'navigator', message: 'shared/ knows no DOM.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    // Unit tests run in Node and may read fixtures from disk.
    ignores: ['renderer/**/*.test.{ts,tsx}', 'renderer/src/testing/**'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Jalon does not use the React Compiler: this rule only warns about its memoisation.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        { patterns: [noElectron, noNode, { group: ['**/electron/**'], message: 'The renderer reaches the shell through the platform bridge only.' }] },
      ],
      'no-restricted-globals': ['error', { name: 'require', message: 'No require in the renderer.' }],
    },
  },
  {
    // Components read data through hooks and repositories, never the database itself.
    files: ['renderer/src/screens/**/*.tsx', 'renderer/src/components/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            noNode,
            { group: ['dexie', 'dexie-*', '**/data/db', '**/data/db.ts'], message: 'Components use the hooks of renderer/src/data, never the database.' },
          ],
        },
      ],
    },
  },
  {
    // A shipped schema version is frozen: its upgrade carries copies of the helpers it uses, never live code.
    files: ['renderer/src/data/migrations/v*.ts'],
    ignores: ['renderer/src/data/migrations/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            noNode,
            {
              group: ['../*', '**/shared/**', '**/renderer/**'],
              allowTypeImports: true,
              message: 'A schema version is frozen: copy the helpers it needs into its file (see migrations/README.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-*', 'dexie', '**/renderer/**'], message: 'electron/ is the shell: no UI, no database.' }] },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', '**/*.test.ts', '**/*.test.tsx'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
