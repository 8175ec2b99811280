import type { DB } from './open.ts';

export interface GroupingRow {
  code: string;
  name: string;
  builtin: boolean;
  groups: string;
}

export function listGroupings(db: DB): GroupingRow[] {
  return (
    db.prepare('SELECT code, name, builtin, groups FROM grouping ORDER BY builtin DESC, name').all() as (Omit<GroupingRow, 'builtin'> & {
      builtin: number;
    })[]
  ).map((r) => ({ ...r, builtin: r.builtin === 1 }));
}

export function putGrouping(db: DB, g: { code: string; name: string; groups: unknown; builtin?: boolean }): void {
  db.prepare(
    `INSERT INTO grouping (code, name, builtin, groups) VALUES (?, ?, ?, ?)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, groups = excluded.groups`,
  ).run(g.code, g.name, g.builtin ? 1 : 0, JSON.stringify(g.groups));
}
