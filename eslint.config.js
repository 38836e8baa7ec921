// Lint, including the folder boundaries of ARCHITECTURE.md (a light form of Signal Desktop's rule):
// shared/ is pure; renderer/ never reaches electron, node, SQLite or main/; preload/ only
// electron + shared/api; only main/store imports better-sqlite3.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const node = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'events', 'buffer', 'zlib'];
const nodePatterns = node.map((n) => ({ group: [n, `${n}/*`], message: 'shared/ and renderer/ run without Node: no node:* imports.' }));

// DOM and browser globals that pure shared/ code must not touch
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'Element', 'Node', 'DOMParser', 'fetch', 'XMLHttpRequest', 'location', 'history', 'CSS', 'requestAnimationFrame'].map((name) => ({
  name,
  message: 'shared/ is pure TypeScript: no DOM globals (pass what you need in).',
}));

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'release/**', 'dist/**', 'test-output/**', '.electron-native/**', 'tests/fixtures/**', '**/*.tmp.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-control-regex': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodePatterns,
            { group: ['electron', 'electron/*'], message: 'shared/ must not import electron.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@lexical/react', '@lexical/react/*'], message: 'shared/ must not import React.' },
            { group: ['better-sqlite3'], message: 'only main/store imports better-sqlite3.' },
            { group: ['jsdom', 'dompurify'], message: 'shared/ has no DOM: parse HTML in main/ or renderer/.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**', '../../main/*', '../../renderer/*'], message: 'shared/ imports nothing outside shared/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodePatterns,
            { group: ['electron', 'electron/*'], message: 'renderer/ talks to main only through the contract (renderer/api).' },
            { group: ['better-sqlite3'], message: 'renderer/ never opens the database.' },
            { group: ['**/main/**', '../main/*', '../../main/*'], message: 'renderer/ must not import main/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!electron$|\\.\\./shared/api/[a-z-]+\\.js$)', message: 'preload/ imports only electron and shared/api.' },
          ],
        },
      ],
    },
  },
  {
    // the newsroom hub: a server whose only state is PostgreSQL; it shares the rules and the
    // contract (shared/) with the workstation but none of the workstation's code or store
    files: ['hub/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['better-sqlite3'], message: 'the hub keeps no local database: PostgreSQL only.' },
            { group: ['electron', 'electron/*'], message: 'the hub is a server, not part of the app.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**', '../main/*', '../renderer/*', '../preload/*'], message: 'hub/ imports only shared/ (and its own modules).' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/store/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['better-sqlite3'], message: 'only main/store imports better-sqlite3; go through a repository.' }] }],
    },
  },
);
