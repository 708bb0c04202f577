// Lint rules, including the layer arrows from ARCHITECTURE.md: a wrong import is a CI failure.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronImports = [
  { name: 'electron', message: 'Only the Electron shell (electron/*.ts outside core/) may import electron.' },
  { name: 'electron-store', message: 'electron-store imports electron; use the settings port.' },
];
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'stream', 'worker_threads'];
const nodeImports = nodeBuiltins.flatMap((m) => [
  { name: m, message: 'shared/ and renderer/ run without Node.' },
  { name: `node:${m}`, message: 'shared/ and renderer/ run without Node.' },
]);
const nodePatterns = { group: ['node:*'], message: 'shared/ and renderer/ run without Node.' };

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-*/**',
      'dist/**',
      'node_modules/**',
      '.tsbuild/**',
      'test-results/**',
      'playwright-report/**',
      'tests/screenshots/**',
      'bench-data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...electronImports, ...nodeImports, { name: 'react', message: 'shared/ holds pure logic, no UI.' }],
          patterns: [
            nodePatterns,
            {
              group: ['**/electron/**', '**/renderer/**', '../../electron/*', '../../renderer/*'],
              message: 'shared/ imports nothing of ours outside shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronImports,
          patterns: [
            { group: ['**/renderer/**'], message: 'The core never reaches into the renderer.' },
            {
              group: ['../*.ts', '../main', '../preload', '../security', '../ipc', '../menu', '../protocol', '../dialogs', '../settingsStore'],
              message: 'The core never imports the Electron shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'The shell never imports the renderer.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          paths: [...electronImports, ...nodeImports],
          patterns: [nodePatterns, { group: ['**/electron/**'], message: 'The renderer reaches the back end only through the contract (api client).' }],
        },
      ],
    },
  },
);
