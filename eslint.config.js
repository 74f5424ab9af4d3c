/**
 * ESLint (`npm run lint`): type-aware rules from typescript-eslint over every hand-written
 * TypeScript file, chosen for bugs the compiler does not catch — above all promises nobody
 * awaits or handles (the runtime is event-driven, and a dropped rejection there is a lost error)
 * — plus unused code and type-only imports written as such. Formatting is Prettier's
 * (`npm run format`), not ESLint's. `generated/` is output: its emitters are linted instead.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeGlobals = Object.fromEntries(['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'import'].map((name) => [name, 'readonly']));

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'generated/**',
      'codegen/dump/precompiledDumpValidator.js',
      'codegen/emit/reference/precompiledTemplates.ts',
      'codegen/diff/precompiledTemplates.ts',
      'docs/site/**',
      'coverage/**',
      'test-artifacts/**',
      '**/node_modules/**',
    ],
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    // The sources carry a few directives for rules not enabled here (no-control-regex, no-explicit-any).
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    // In Node 20 the global `Buffer` is an accessor: every use calls a getter, several times per
    // message on the runtime's hot paths (issue 14). The runtime imports it instead.
    files: ['runtime/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Buffer', message: "import { Buffer } from 'node:buffer' (the global is a getter in Node 20)" }],
    },
  },
);
