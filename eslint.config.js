// Lint rules, including the layer rule: core/ and model-law/ run anywhere (CLI, Electron main, a web page),
// so they may not reach for Electron, the DOM or the file system. Node-only readers live in core/node/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const platformImports = {
  paths: [
    { name: 'electron', message: 'core/ and model-law/ are platform-free: Electron belongs in main/.' },
    { name: 'react-dom', message: 'core/ and model-law/ are platform-free: the DOM belongs in renderer/.' },
  ],
  patterns: [
    { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads'], message: 'Node-only code belongs in core/node/.' },
    { group: ['**/main/**', '**/renderer/**'], message: 'core/ must not depend on the app layers.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'test-output/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Scripts and the bin entry run in Node.
    files: ['**/*.js', '**/*.mjs', 'scripts/**/*.ts', 'test/**/*.ts', 'main/**/*.ts', 'core/node/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['core/**/*.ts', 'model-law/**/*.ts'],
    ignores: ['core/node/**'],
    rules: {
      'no-restricted-imports': ['error', platformImports],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    // The Node-only readers and workers serve the CLI and main alike: they may use Node, never the app's layers.
    files: ['core/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'core/node/ runs in the CLI too: Electron belongs in main/.' }],
        patterns: [{ group: ['**/main/**', '**/renderer/**'], message: 'core/ must not depend on the app layers.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks to main only through window.lexgap.' }],
        patterns: [{ group: ['node:*', '**/main/**', '**/core/node/**'], message: 'The renderer has no Node access.' }],
      }],
    },
  },
);
