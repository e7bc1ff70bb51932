import js from '@eslint/js';
import formatjs from 'eslint-plugin-formatjs';
import tseslint from 'typescript-eslint';

// Lint, including the layering rule of ARCHITECTURE.md: dependencies point one way,
// renderer -> shared <- electron; only electron/main and electron/preload import 'electron';
// only electron/store imports better-sqlite3.

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'zlib',
  'events',
  'buffer',
];

const forbid = (names, message) => names.map((name) => ({ name, message }));

const rules = {
  sharedOnly: {
    paths: [
      ...forbid(
        ['electron', 'better-sqlite3', 'react', 'react-dom', 'maplibre-gl'],
        'shared/ is the domain layer: no Electron, SQLite, React or MapLibre.',
      ),
      ...forbid(nodeBuiltins, 'shared/ runs in the renderer too: no Node built-ins.'),
    ],
    patterns: [
      { group: ['node:*'], message: 'shared/ runs in the renderer too: no Node built-ins.' },
      { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' },
    ],
  },
  renderer: {
    paths: [
      ...forbid(
        ['electron', 'better-sqlite3'],
        'The renderer reaches the backend only through the API contract (shared/api).',
      ),
      ...forbid(nodeBuiltins, 'The renderer runs in a sandboxed page: no Node built-ins.'),
    ],
    patterns: [
      { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node built-ins.' },
      {
        group: ['**/electron/**'],
        message: 'The renderer reaches the backend only through the API contract (shared/api).',
      },
    ],
  },
  backend: (allowElectron, allowSqlite) => ({
    paths: [
      ...(allowElectron ? [] : forbid(['electron'], "Only electron/main and electron/preload import 'electron'.")),
      ...(allowSqlite ? [] : forbid(['better-sqlite3'], 'Only electron/store imports better-sqlite3.')),
      ...forbid(['react', 'react-dom', 'maplibre-gl'], 'The backend has no UI code.'),
    ],
    patterns: [{ group: ['**/renderer/**'], message: 'The backend never imports the renderer.' }],
  }),
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'tests/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', rules.sharedOnly] } },
  { files: ['renderer/src/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', rules.renderer] } },
  // Languages (CONVENTIONS.md): every text a person reads comes from a catalog. In the renderer a
  // literal in JSX text or in a prop a person reads is an error; signs that are not words come
  // from app/symbols.ts.
  {
    files: ['renderer/src/**/*.tsx'],
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        {
          props: {
            include: [
              ['*', '{label,placeholder,title,alt,aria-label,aria-description,children}'],
              ['*', '{subtitle,submitLabel,message}'],
            ],
          },
        },
      ],
    },
  },
  // The catalogs: each message an id, an English text written out, a description for translators,
  // and valid ICU (plurals with an `other` case and `#`). NOTE: formatjs/enforce-placeholders only
  // checks inline descriptors passed to formatMessage; messages here are declared in one place and
  // formatted elsewhere (`t.t(m.saved, { name })`), which tests/unit/i18n/ui-messages.test.ts checks.
  {
    files: ['shared/i18n/messages/**/*.ts'],
    plugins: { formatjs },
    rules: {
      'formatjs/enforce-description': ['error', 'literal'],
      'formatjs/enforce-default-message': ['error', 'literal'],
      'formatjs/enforce-plural-rules': ['error', { other: true }],
      'formatjs/no-invalid-icu': 'error',
      'formatjs/no-offset': 'error',
      'formatjs/prefer-pound-in-plural': 'error',
    },
  },
  { files: ['electron/**/*.ts'], rules: { 'no-restricted-imports': ['error', rules.backend(false, false)] } },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', rules.backend(true, false)] },
  },
  { files: ['electron/store/**/*.ts'], rules: { 'no-restricted-imports': ['error', rules.backend(false, true)] } },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js', 'tests/**/*.mjs', '*.config.*'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
      },
    },
  },
);
