/**
 * The project's import graph, read from the source the way the compiler reads it (the classic TypeScript
 * API's `preProcessFile`, which sees type-only imports too: a type import still ties two folders together).
 */
import ts from '@typescript/typescript6';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface ImportEdge {
  /** File that imports, relative to the root, with "/" separators. */
  from: string;
  /** The specifier as written. */
  specifier: string;
  /** Resolved file relative to the root, or null for a package or `node:` module. */
  to: string | null;
  line: number;
}

export interface SourceFile {
  path: string;
  text: string;
}

const SKIP = new Set(['node_modules', 'dist', 'data', '.git', 'release']);

export function listSources(root: string, dirs: readonly string[]): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx|js|mjs|cjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) {
        out.push({ path: relative(root, p).split(sep).join('/'), text: readFileSync(p, 'utf8') });
      }
    }
  };
  for (const d of dirs) walk(join(root, d));
  return out;
}

/** Every import, re-export and dynamic import of every file, with relative specifiers resolved. */
export function importEdges(files: readonly SourceFile[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const f of files) {
    const info = ts.preProcessFile(f.text, true, true);
    for (const ref of info.importedFiles) {
      const spec = ref.fileName;
      const line = f.text.slice(0, ref.pos).split('\n').length;
      const to = spec.startsWith('.')
        ? relative('/', resolve('/', dirname(f.path), spec))
            .split(sep)
            .join('/')
        : null;
      edges.push({ from: f.path, specifier: spec, to, line });
    }
  }
  return edges;
}

/** The folder a file belongs to for layering: its first path segment ("api/contract/x.ts" → "api"); root files → ".". */
export function folderOf(path: string): string {
  const i = path.indexOf('/');
  return i < 0 ? '.' : path.slice(0, i);
}
