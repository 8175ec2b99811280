import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Five projects. `npm test` runs them all; `npm run test:quick` runs unit and integration, which need
 * nothing but Node (no Chromium, LibreOffice or python-docx) and start no program of ours in another process.
 * unit: pure functions, no file. integration: a real SQLite file, real .docx bytes, in this process (and the
 * backend's own child process). e2e: the program driven from outside — Chromium, or the `tochuc` command in a
 * child process (these took 220 of the 290 s the rest needed). office: LibreOffice and python-docx.
 * component: one renderer component in Chromium against the real web server (how to write one: tests/renderer/mount.ts).
 */
const E2E = [
  'tests/e2e/**/*.test.ts',
  'tests/check/screen.test.ts',
  'tests/**/cli.test.ts',
  'tests/**/*-cli.test.ts',
  'tests/io/crash.test.ts',
  'tests/bench/**/*.test.ts',
  // hardening checks that run `tochuc` itself (serve, restore, import) or SIGKILL it
  'tests/hardening/{writer,backups,messages,sheets}.test.ts',
  'tests/faults/**/*.test.ts',
];
const COMPONENT = ['tests/renderer/**/*.component.test.ts'];
const OFFICE = ['tests/reports/pdf.test.ts', 'tests/check/docx.test.ts'];
const UNIT = [
  'tests/format/**/*.test.ts',
  'tests/architecture/**/*.test.ts',
  'tests/renderer/**/*.test.ts',
  'tests/check/{claims,lists-without-whole,numbers,properties,seed,tables}.test.ts',
  'tests/electron/{security,window-state}.test.ts',
  'tests/targets/threshold.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Every call's output is checked against the contract's schema (api/dispatch.ts).
    env: { TOCHUC_CHECK_OUTPUTS: '1' },
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, exclude: [...configDefaults.exclude, ...COMPONENT] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...UNIT, ...E2E, ...OFFICE, ...COMPONENT],
        },
      },
      { extends: true, test: { name: 'e2e', include: E2E } },
      { extends: true, test: { name: 'component', include: COMPONENT } },
      { extends: true, test: { name: 'office', include: OFFICE } },
    ],
  },
});
