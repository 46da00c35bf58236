// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Import patterns for each part of the tree (DESIGN.md "Layers"): gitignore-style, so they match `@/lib/db/x` and `../db/x`. */
const PART = {
  dexie: ['dexie', 'dexie/*'],
  browser: ['wxt/browser', 'webextension-polyfill'],
  wxt: ['wxt', 'wxt/*'],
  react: ['react', 'react-dom', 'react-dom/*', 'react/*'],
  db: ['**/db', '**/db/**'],
  platform: ['**/platform', '**/platform/**'],
  messaging: ['**/messaging', '**/messaging/**'],
  sites: ['**/sites', '**/sites/**'],
  handlers: ['**/handlers', '**/handlers/**'],
  components: ['**/components', '**/components/**'],
  entrypoints: ['**/entrypoints', '**/entrypoints/**'],
};

/** What each layer must not import: imports point down only. */
const FORBIDDEN = {
  'lib/core/**': [
    'dexie',
    'browser',
    'wxt',
    'react',
    'db',
    'platform',
    'messaging',
    'sites',
    'handlers',
    'components',
    'entrypoints',
  ],
  'lib/sites/**': [
    'dexie',
    'browser',
    'wxt',
    'react',
    'db',
    'platform',
    'messaging',
    'handlers',
    'components',
    'entrypoints',
  ],
  'lib/messaging/**': [
    'dexie',
    'browser',
    'wxt',
    'react',
    'db',
    'platform',
    'sites',
    'handlers',
    'components',
    'entrypoints',
  ],
  'lib/db/**': ['browser', 'wxt', 'react', 'platform', 'messaging', 'sites', 'handlers', 'components', 'entrypoints'],
  'lib/platform/**': ['dexie', 'react', 'db', 'messaging', 'sites', 'handlers', 'components', 'entrypoints'],
  'lib/handlers/**': ['browser', 'wxt', 'react', 'components', 'entrypoints'],
  'components/**': ['dexie', 'browser', 'wxt', 'db', 'platform', 'messaging', 'handlers', 'entrypoints'],
  'entrypoints/**': ['dexie', 'browser'],
};

const layerRules = Object.entries(FORBIDDEN).map(([files, parts]) => ({
  files: [files.replace('**', '**/*.{ts,tsx}')],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: parts.map((part) => ({
          group: PART[/** @type {keyof typeof PART} */ (part)],
          message: `DESIGN.md layers: ${files.replace('/**', '')} must not import ${part}.`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  ...layerRules,
  {
    // lib/core takes `now` as a parameter so tests can pin the clock.
    files: ['lib/core/**/*.ts', 'lib/sites/**/*.ts', 'lib/db/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Take `now` as a parameter.',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Take `now` as a parameter.' },
      ],
    },
  },
  {
    files: ['lib/**/*.ts', 'components/**/*.tsx', 'entrypoints/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': ['error', { name: 'chrome', message: 'Only lib/platform calls browser APIs.' }] },
  },
  {
    files: ['lib/platform/**/*.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'bench/**/*.{js,mjs,ts}', '.ci/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
  },
  {
    // A failed assertion is a failed test, which is what a test wants.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
