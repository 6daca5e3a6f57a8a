// Lint: typescript-eslint's recommended rules plus the process-model import rules of ARCHITECTURE.md.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises',
  'http', 'http2', 'https', 'module', 'net', 'os', 'path', 'process', 'stream', 'timers', 'tls', 'url', 'util',
  'v8', 'vm', 'worker_threads', 'zlib',
];
const nodeBuiltinPatterns = [{ group: ['node:*'], message: 'Node built-ins run only in the main process (electron/).' }];
const nodeBuiltinPaths = NODE_BUILTINS.map((name) => ({
  name,
  message: 'Node built-ins run only in the main process (electron/).',
}));
const electronOnlyInShell = { name: 'electron', message: "Only electron/shell/ imports 'electron'; services run under plain Node." };
// Product code (electron/, renderer/, shared/) never reaches into test/: whatever it imports ships in the app.
const NO_TEST_MESSAGE = 'Product code does not import test/; shared pieces (like the demo simulator) live in electron/.';
const TEST_PATH = '^\\.{1,2}/(?:.*/)?test(?:/|$)';
const noTestImports = { regex: TEST_PATH, message: NO_TEST_MESSAGE };
// no-restricted-imports sees only static imports; the demo store loads its simulator with import().
const noTestDynamicImports = [
  'error',
  { selector: `ImportExpression[source.value=/${TEST_PATH.replaceAll('/', '\\/')}/]`, message: NO_TEST_MESSAGE },
  { selector: `CallExpression[callee.name='require'][arguments.0.value=/${TEST_PATH.replaceAll('/', '\\/')}/]`, message: NO_TEST_MESSAGE },
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell] }],
    },
  },
  {
    files: ['electron/**', 'renderer/**', 'shared/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell], patterns: [noTestImports] }],
      'no-restricted-syntax': noTestDynamicImports,
    },
  },
  {
    files: ['electron/shell/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noTestImports] }] },
  },
  {
    files: ['test/shell/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell, ...nodeBuiltinPaths],
          patterns: [
            ...nodeBuiltinPatterns,
            { group: ['**/electron/**', '**/electron'], message: 'The renderer talks to main only through the contract in shared/.' },
            { group: ['better-sqlite3', 'conf', 'electron-store'], message: 'Main-process packages stay in electron/.' },
            noTestImports,
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell, ...nodeBuiltinPaths],
          patterns: [
            ...nodeBuiltinPatterns,
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports neither side.' },
            noTestImports,
          ],
        },
      ],
    },
  },
);
