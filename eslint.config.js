// @ts-check
/**
 * Lint rules for the whole tree. The layering itself is tested over the import graph
 * (tests/architecture/); here the editor and `npm run lint` catch the same mistakes per file.
 */
import { registerHooks } from 'node:module';

// typescript-eslint needs the classic TypeScript API, which TypeScript 7 (our `tsc`) no longer ships; the
// linter alone gets it from @typescript/typescript6, the side-by-side package the TypeScript team publishes.
registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'typescript' && context.parentURL?.includes('/node_modules/')) return next('@typescript/typescript6', context);
    return next(specifier, context);
  },
});

const { default: js } = await import('@eslint/js');
const { default: tseslint } = await import('typescript-eslint');
const { default: reactHooks } = await import('eslint-plugin-react-hooks');
const { default: globals } = await import('globals');

/** Imports a folder may not make, with the reason shown to whoever writes one. */
const DOMAIN_MAY_NOT = [
  { group: ['**/api/*', '**/api/**'], message: 'Domain code is below the API: import core/ (errors, context, host) instead.' },
  {
    group: ['**/cli/**', '**/web/**', '**/electron/**', '**/renderer/**', '**/backend/**'],
    message: 'Domain code imports no transport or UI.',
  },
];
const RUNTIME_PACKAGES = [
  { name: 'electron', message: 'Electron APIs live only in electron/.' },
  { name: 'react', message: 'React lives only in renderer/.' },
  { name: 'react-dom', message: 'React lives only in renderer/.' },
];
const NO_SQL = {
  selector: 'CallExpression[callee.property.name=/^(prepare|exec|pragma)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]',
  message: 'SQL lives only in db/: add a function there and call it.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are errors, except the deliberate `_` of an ignored parameter or a rest sibling.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // `catch {}` after a best-effort cleanup (a temp file, a closed handle) is intended; the comment beside it says why.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // The non-null assertion is used after a lookup the line above checked; the type system cannot see it.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', NO_SQL],
      // Documents and imports strip control characters on purpose (XML forbids them): those are the only patterns naming them.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // These report where the React Compiler would bail out; we do not compile with it. Rules of hooks and
      // exhaustive deps, the ones that catch real bugs, stay errors.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'The page runs in a sandbox without Node.' },
            {
              group: [
                '**/db/**',
                '**/backup/**',
                '**/electron/**',
                '**/backend/**',
                '**/web/**',
                '**/cli/**',
                '**/api/handlers*',
                '**/api/dispatch*',
                '**/api/session*',
              ],
              message: 'The page reaches the backend only through the api client.',
            },
          ],
          paths: [{ name: 'electron', message: 'The page talks to main only through the preload.' }, 'better-sqlite3'],
        },
      ],
    },
  },
  {
    files: ['{backup,charts,check,demo,format,io,members,org,reports,settings,stats,synth,targets}/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: DOMAIN_MAY_NOT, paths: RUNTIME_PACKAGES }] },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*'], message: 'core/ is the bottom layer: it imports no other folder.' }], paths: RUNTIME_PACKAGES },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['../*', '!../core'], message: 'db/ imports only core/: the domain is above it.' }],
          paths: RUNTIME_PACKAGES,
        },
      ],
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['api/**/*.ts', 'backend/**/*.ts', 'web/**/*.ts', 'cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: RUNTIME_PACKAGES }] },
  },
  {
    // A CommonJS file is loaded with --require (tests/electron/parent-port.cjs), where require is the way in.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // Tests read the database directly to check what a call wrote.
      'no-restricted-syntax': 'off',
      // Test doubles of Electron and DOM objects are typed loosely on purpose; what they record is asserted.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
