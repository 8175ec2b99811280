/** The lint rules that guard the layers do fire: fed a forbidden import, ESLint names it with its reason. */
import { describe, expect, test } from 'vitest';
import { ESLint } from 'eslint';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: root });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return r!.messages.map((m) => `${m.line}: ${m.ruleId}: ${m.message}`);
}

describe('lint boundaries', () => {
  test('the domain imports neither the API nor Electron, and writes no SQL', async () => {
    const p = await problems(
      'stats/zz.ts',
      "import { UserError } from '../api/errors.ts';\nimport { app } from 'electron';\nexport const x = [UserError, app];\nexport const q = (db: { prepare(s: string): unknown }) => db.prepare('SELECT 1');\n",
    );
    expect(p).toEqual([
      "1: no-restricted-imports: '../api/errors.ts' import is restricted from being used by a pattern. Domain code is below the API: import core/ (errors, context, host) instead.",
      "2: no-restricted-imports: 'electron' import is restricted from being used. Electron APIs live only in electron/.",
      '4: no-restricted-syntax: SQL lives only in db/: add a function there and call it.',
    ]);
  });
  test('the page imports no Node module and no backend folder', async () => {
    const p = await problems(
      'renderer/zz.ts',
      "import { readFileSync } from 'node:fs';\nimport { openDatabase } from '../db/open.ts';\nexport const x = [readFileSync, openDatabase];\n",
    );
    expect(p).toEqual([
      "1: no-restricted-imports: 'node:fs' import is restricted from being used by a pattern. The page runs in a sandbox without Node.",
      "2: no-restricted-imports: '../db/open.ts' import is restricted from being used by a pattern. The page reaches the backend only through the api client.",
    ]);
  });
  test('db/ imports only core/', async () => {
    expect(
      await problems(
        'db/zz.ts',
        "import { x } from '../stats/breakdown.ts';\nimport { UserError } from '../core/errors.ts';\nexport const y = [x, UserError];\n",
      ),
    ).toEqual([
      "1: no-restricted-imports: '../stats/breakdown.ts' import is restricted from being used by a pattern. db/ imports only core/: the domain is above it.",
    ]);
  });
  test('the rules of hooks stay errors in the page', async () => {
    const p = await problems(
      'renderer/zz.tsx',
      "import { useState } from 'react';\nexport function A({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n",
    );
    expect(p.map((m) => m.split(': ')[1])).toEqual(['react-hooks/rules-of-hooks']);
  });
});
