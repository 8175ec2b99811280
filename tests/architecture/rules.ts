/**
 * The layering the build enforces, as data: which folder may import which, which packages each may use,
 * and where SQL may be written. Pure functions over an import graph, so a test can feed them a bad one.
 */
import { folderOf, type ImportEdge, type SourceFile } from './imports.ts';

const DOMAIN = [
  'backup',
  'charts',
  'check',
  'demo',
  'derive',
  'figures',
  'format',
  'io',
  'members',
  'org',
  'reports',
  'settings',
  'stats',
  'synth',
  'targets',
];

/** folder → the folders it may import (itself is always allowed). Read bottom-up: core, db, then the domain. */
export const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  db: ['core'],
  format: ['core'],
  settings: ['core', 'db'],
  org: ['core', 'db', 'format'],
  charts: ['core', 'format'],
  backup: ['core', 'db'],
  // Writing a year's figures and the rule they are checked by: below every writer and reader of them.
  figures: ['core', 'db', 'format', 'org', 'backup'],
  stats: ['core', 'db', 'format', 'org', 'figures'],
  targets: ['core', 'db', 'format', 'org', 'stats'],
  check: ['core', 'db', 'format', 'org', 'stats'],
  // A new committee's file from an old one: the cells that became its units follow lineage (stats/restate.ts).
  derive: ['core', 'db', 'format', 'org', 'settings', 'stats'],
  demo: ['core', 'db', 'format', 'org', 'settings', 'targets', 'derive'],
  io: ['core', 'db', 'format', 'org', 'settings', 'stats', 'targets', 'backup', 'figures'],
  members: ['core', 'db', 'format', 'org', 'io', 'backup', 'demo', 'figures'],
  reports: ['core', 'db', 'format', 'org', 'settings', 'stats', 'targets', 'charts'],
  synth: ['core', 'db', 'format', 'org', 'settings', 'targets', 'io', 'demo', 'members'],
  api: ['core', 'db', ...DOMAIN],
  // The background process of the desktop app: the API and the database, no Electron.
  backend: ['core', 'db', 'api'],
  web: ['core', 'db', 'api'],
  cli: ['core', 'db', 'api', 'web', ...DOMAIN],
  // Main keeps windows and dialogs and relays calls (see ONLY_FILES: no handler, no database).
  electron: ['core', 'api', 'backend', 'web', 'renderer'],
  // The page: the typed client and contract, and the pure helpers it shares with the backend.
  renderer: ['core', 'api', 'charts', 'figures', 'format', 'io', 'org'],
  // Tools and tests may reach anything.
  bench: ['*'],
  scripts: ['*'],
  tests: ['*'],
  '.': ['*'],
};

/** Arrows allowed only to some files of the target folder: "from→to" → path prefixes. */
export const ONLY_FILES: Record<string, readonly string[]> = {
  // Main knows the method names (to refuse unknown ones) and the message shapes; the API runs in the backend.
  'electron→api': ['api/contract.ts', 'api/contract/', 'api/define.ts'],
  'electron→backend': ['backend/protocol.ts'],
  // The menu lists the screens; nothing else of the page is main's.
  'electron→renderer': ['renderer/routes.ts'],
  // The page's client speaks the contract; handlers and dispatch are the backend's.
  'renderer→api': ['api/contract.ts', 'api/contract/', 'api/define.ts'],
  // The grid marks a cell with the one rule's words; the writing and checking of a year stay in the backend.
  'renderer→figures': ['figures/rule.ts'],
};

/** Packages that tie a folder to one runtime, and the folders where they may appear. */
export const PACKAGE_HOMES: { test: (spec: string) => boolean; what: string; folders: readonly string[] }[] = [
  { what: 'electron', test: (s) => s === 'electron', folders: ['electron', 'tests', 'scripts'] },
  { what: 'React', test: (s) => /^(react|react-dom|react-chartjs-2|@tanstack\/react-)/.test(s), folders: ['renderer', 'tests'] },
  // core only names the Database type; every statement is written in db/.
  { what: 'better-sqlite3', test: (s) => s === 'better-sqlite3', folders: ['db', 'core', 'tests', 'bench', 'scripts'] },
];

/** Folders that run in the page: no Node built-ins. */
const BROWSER = ['renderer'];

export interface Violation {
  rule: 'folder' | 'package' | 'node-in-browser' | 'cycle' | 'sql';
  message: string;
}

const where = (e: ImportEdge) => `${e.from}:${e.line} imports '${e.specifier}'`;

export function checkImports(edges: readonly ImportEdge[]): Violation[] {
  const out: Violation[] = [];
  for (const e of edges) {
    const from = folderOf(e.from);
    if (e.to) {
      const to = folderOf(e.to);
      const allowed = ALLOWED[from];
      if (to === from || !allowed || allowed.includes('*')) continue;
      const only = ONLY_FILES[`${from}→${to}`];
      if (!allowed.includes(to)) {
        out.push({ rule: 'folder', message: `${where(e)}: ${from}/ may not import ${to}/ (allowed: ${allowed.join(', ') || 'nothing'})` });
      } else if (only && !only.some((p) => e.to!.startsWith(p))) {
        out.push({ rule: 'folder', message: `${where(e)}: ${from}/ may import from ${to}/ only ${only.join(', ')}` });
      }
      continue;
    }
    if (BROWSER.includes(from) && (e.specifier.startsWith('node:') || ['fs', 'path', 'os', 'child_process'].includes(e.specifier))) {
      out.push({ rule: 'node-in-browser', message: `${where(e)}: ${from}/ runs in the page and may not use Node modules` });
    }
    for (const p of PACKAGE_HOMES) {
      if (p.test(e.specifier) && !p.folders.includes(from))
        out.push({ rule: 'package', message: `${where(e)}: ${p.what} belongs in ${p.folders.join('/, ')}/ only` });
    }
  }
  return out;
}

/** Folder-level cycles (Tarjan's strongly connected components), each named with one import per arrow. */
export function folderCycles(edges: readonly ImportEdge[]): Violation[] {
  const graph = new Map<string, Map<string, ImportEdge>>();
  for (const e of edges) {
    if (!e.to) continue;
    const a = folderOf(e.from);
    const b = folderOf(e.to);
    if (a === b) continue;
    if (!graph.has(a)) graph.set(a, new Map());
    if (!graph.has(b)) graph.set(b, new Map());
    if (!graph.get(a)!.has(b)) graph.get(a)!.set(b, e);
  }
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const comps: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v)!.keys()) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) comps.push(comp.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) visit(v);
  return comps.map((comp) => {
    const inside = new Set(comp);
    const arrows = comp.flatMap((a) => [...graph.get(a)!].filter(([b]) => inside.has(b)).map(([b, e]) => `${a} → ${b} (${where(e)})`));
    return { rule: 'cycle' as const, message: `folders ${comp.join(', ')} import each other: ${arrows.join('; ')}` };
  });
}

/** Statements run through better-sqlite3 (`.prepare(`, `.exec(`, `.pragma(` with a string) belong in db/. */
const SQL_CALL = /\.(prepare|exec|pragma)\(\s*[`'"]/g;

export function sqlOutsideDb(files: readonly SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const f of files) {
    if (['db', 'tests'].includes(folderOf(f.path))) continue;
    for (const m of f.text.matchAll(SQL_CALL)) {
      const line = f.text.slice(0, m.index).split('\n').length;
      out.push({ rule: 'sql', message: `${f.path}:${line}: SQL (${m[1]}) outside db/; add a function to db/ and call it` });
    }
  }
  return out;
}

/** Packages that only run under Node: the page must not reach them through any chain of imports. */
const NODE_ONLY = (s: string) =>
  s.startsWith('node:') || ['better-sqlite3', 'exceljs', '@napi-rs/canvas', '@fast-csv/parse', 'electron'].includes(s);

/**
 * Everything the page imports, followed file by file: a shared module (the contract, format/, org/catalog)
 * that starts importing the database or a Node module would ship to the page. Named with the whole chain.
 */
export function pageReachesNode(edges: readonly ImportEdge[]): Violation[] {
  const byFile = new Map<string, ImportEdge[]>();
  for (const e of edges) byFile.set(e.from, [...(byFile.get(e.from) ?? []), e]);
  const resolve = (to: string) => [to, `${to}.ts`, `${to}.tsx`].find((p) => byFile.has(p)) ?? to;
  const via = new Map<string, string | null>();
  const queue = [...byFile.keys()].filter((f) => folderOf(f) === 'renderer');
  for (const f of queue) via.set(f, null);
  const out: Violation[] = [];
  while (queue.length) {
    const f = queue.shift()!;
    for (const e of byFile.get(f) ?? []) {
      if (e.to === null) {
        if (NODE_ONLY(e.specifier) && folderOf(f) !== 'renderer') {
          const chain: string[] = [f];
          for (let p = via.get(f); p; p = via.get(p) ?? null) chain.unshift(p);
          out.push({
            rule: 'node-in-browser',
            message: `${chain.join(' → ')} imports '${e.specifier}' (line ${e.line}): the page would load a Node module`,
          });
        }
        continue;
      }
      const to = resolve(e.to);
      if (folderOf(to) === 'renderer' || via.has(to)) continue;
      via.set(to, f);
      queue.push(to);
    }
  }
  return out;
}
