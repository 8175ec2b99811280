/** The import graph of the real tree obeys the layering; and the checks do catch a bad graph. */
import { describe, expect, test } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importEdges, listSources, type SourceFile } from './imports.ts';
import { ALLOWED, checkImports, folderCycles, pageReachesNode, sqlOutsideDb } from './rules.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE_DIRS = Object.keys(ALLOWED).filter((d) => d !== '.' && d !== 'tests');
const files = listSources(root, SOURCE_DIRS);
const edges = importEdges(files);

describe('the tree', () => {
  test('reads every source folder', () => {
    const seen = new Set(files.map((f) => f.path.split('/')[0]));
    for (const d of ['core', 'db', 'api', 'renderer', 'electron', 'backend', 'stats']) expect(seen, d).toContain(d);
    expect(edges.length).toBeGreaterThan(500);
  });
  test('every import follows the allowed folder arrows and package homes', () => {
    expect(checkImports(edges).map((v) => v.message)).toEqual([]);
  });
  test('the folder graph has no cycles', () => {
    expect(folderCycles(edges).map((v) => v.message)).toEqual([]);
  });
  test('nothing the page imports, however indirectly, loads a Node module', () => {
    expect(pageReachesNode(edges).map((v) => v.message)).toEqual([]);
  });
  test('SQL is written only in db/', () => {
    expect(sqlOutsideDb(files).map((v) => v.message)).toEqual([]);
  });
  test('every folder of the tree has its arrows declared', () => {
    const undeclared = [...new Set(files.map((f) => f.path.split('/')[0]!))].filter((d) => !(d in ALLOWED));
    expect(undeclared).toEqual([]);
  });
});

describe('the checks fail on a bad graph, naming the import', () => {
  const bad: SourceFile[] = [
    { path: 'stats/x.ts', text: "import { UserError } from '../api/errors.ts';\nimport { app } from 'electron';\n" },
    { path: 'db/y.ts', text: "\nimport type { Plan } from '../targets/plans.ts';\n" },
    { path: 'renderer/z.tsx', text: "import { readFileSync } from 'node:fs';\n" },
    { path: 'targets/w.ts', text: "export { y } from '../db/y.ts';\nconst n = db.prepare('SELECT 1').get();\n" },
    { path: 'io/a.ts', text: "import { b } from '../members/b.ts';\n" },
    { path: 'members/b.ts', text: "import { a } from '../io/a.ts';\n" },
    { path: 'electron/m.ts', text: "import { dispatch } from '../api/dispatch.ts';\nimport { isMethod } from '../api/contract.ts';\n" },
  ];
  const badEdges = importEdges(bad);

  test('a forbidden arrow, a package out of place, Node in the page', () => {
    const msgs = checkImports(badEdges).map((v) => v.message);
    expect(msgs).toContain("stats/x.ts:1 imports '../api/errors.ts': stats/ may not import api/ (allowed: core, db, format, org, figures)");
    expect(msgs).toContain("stats/x.ts:2 imports 'electron': electron belongs in electron/, tests/, scripts/ only");
    expect(msgs).toContain("db/y.ts:2 imports '../targets/plans.ts': db/ may not import targets/ (allowed: core)");
    expect(msgs).toContain("renderer/z.tsx:1 imports 'node:fs': renderer/ runs in the page and may not use Node modules");
    expect(msgs).toContain(
      "io/a.ts:1 imports '../members/b.ts': io/ may not import members/ (allowed: core, db, format, org, settings, stats, targets, backup, figures)",
    );
    expect(msgs).toContain(
      "electron/m.ts:1 imports '../api/dispatch.ts': electron/ may import from api/ only api/contract.ts, api/contract/, api/define.ts",
    );
    expect(msgs.filter((m) => m.startsWith('electron/m.ts:2'))).toEqual([]);
  });
  test('a cycle between folders, with one import per arrow', () => {
    const cycles = folderCycles(badEdges).map((v) => v.message);
    expect(cycles).toEqual([
      "folders db, targets import each other: db → targets (db/y.ts:2 imports '../targets/plans.ts'); targets → db (targets/w.ts:1 imports '../db/y.ts')",
      "folders io, members import each other: io → members (io/a.ts:1 imports '../members/b.ts'); members → io (members/b.ts:1 imports '../io/a.ts')",
    ]);
  });
  test('SQL outside db/', () => {
    expect(sqlOutsideDb(bad).map((v) => v.message)).toEqual([
      'targets/w.ts:2: SQL (prepare) outside db/; add a function to db/ and call it',
    ]);
  });
  test('the page reaching Node through a shared module, with the chain named', () => {
    const chain = importEdges([
      { path: 'renderer/a.tsx', text: "import { x } from '../format/x.ts';\n" },
      { path: 'format/x.ts', text: "import { y } from './y.ts';\n" },
      { path: 'format/y.ts', text: "import { readFileSync } from 'node:fs';\n" },
    ]);
    expect(pageReachesNode(chain).map((v) => v.message)).toEqual([
      "renderer/a.tsx → format/x.ts → format/y.ts imports 'node:fs' (line 1): the page would load a Node module",
    ]);
  });
});
