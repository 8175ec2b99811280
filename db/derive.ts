/**
 * Copying part of one file into a new one (tochuc derive). The source is attached to the new file,
 * so each table is one INSERT … SELECT; the rows to take are listed in a temporary table `pick`.
 */
import type { DB } from './open.ts';
import { yearUnitTables } from './reorg.ts';

export interface Pick {
  year: number;
  unitId: number;
  /** 1: the unit's own data comes too; 0: only its place in the tree. */ data: 0 | 1;
}

function columns(db: DB, table: string): string {
  return (db.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => `"${c.name}"`).join(', ');
}

export function attachSource(dst: DB, srcPath: string): void {
  dst.prepare('ATTACH DATABASE ? AS src').run(srcPath);
}

export function detachSource(dst: DB): void {
  dst.exec('DETACH DATABASE src');
}

export function fillPick(dst: DB, picks: Pick[]): void {
  dst.exec('CREATE TEMP TABLE pick (year INTEGER NOT NULL, unit_id INTEGER NOT NULL, data INTEGER NOT NULL, PRIMARY KEY (year, unit_id))');
  const ins = dst.prepare(
    'INSERT INTO temp.pick (year, unit_id, data) VALUES (?, ?, ?) ON CONFLICT (year, unit_id) DO UPDATE SET data = max(data, excluded.data)',
  );
  for (const p of picks) ins.run(p.year, p.unitId, p.data);
}

/** Units, their years, their data, the lineage among them; indicators and groupings the figures need. */
export function copyPicked(dst: DB): { units: number; rows: Record<string, number> } {
  const rows: Record<string, number> = {};
  dst.exec(
    `INSERT OR IGNORE INTO main.indicator (${columns(dst, 'indicator')}) SELECT ${columns(dst, 'indicator')} FROM src.indicator WHERE builtin = 0 ORDER BY sort`,
  );
  dst.exec(`INSERT OR IGNORE INTO main.grouping (${columns(dst, 'grouping')}) SELECT ${columns(dst, 'grouping')} FROM src.grouping`);
  const units = dst
    .prepare('INSERT INTO main.unit (id, code) SELECT id, code FROM src.unit WHERE id IN (SELECT unit_id FROM temp.pick)')
    .run().changes;
  const cols = columns(dst, 'unit_year');
  rows.unit_year = dst
    .prepare(
      `INSERT INTO main.unit_year (${cols}) SELECT ${cols} FROM src.unit_year y
    WHERE EXISTS (SELECT 1 FROM temp.pick p WHERE p.year = y.year AND p.unit_id = y.unit_id)`,
    )
    .run().changes;
  for (const t of yearUnitTables(dst).filter((x) => x !== 'unit_year')) {
    const c = columns(dst, t);
    rows[t] = dst
      .prepare(
        `INSERT INTO main."${t}" (${c}) SELECT ${c} FROM src."${t}" r
      WHERE EXISTS (SELECT 1 FROM temp.pick p WHERE p.year = r.year AND p.unit_id = r.unit_id AND p.data = 1)`,
      )
      .run().changes;
  }
  // An event whose other end stays in the old file keeps its date and note; that end becomes unknown.
  rows.lineage_event = dst
    .prepare(
      `INSERT INTO main.lineage_event (year, kind, from_unit_id, to_unit_id, note, date)
    SELECT e.year, e.kind,
      CASE WHEN e.from_unit_id IN (SELECT id FROM main.unit) THEN e.from_unit_id END,
      CASE WHEN e.to_unit_id IN (SELECT id FROM main.unit) THEN e.to_unit_id END,
      e.note, e.date
    FROM src.lineage_event e
    WHERE e.from_unit_id IN (SELECT id FROM main.unit) OR e.to_unit_id IN (SELECT id FROM main.unit)
    ORDER BY e.id`,
    )
    .run().changes;
  dst.exec('DROP TABLE temp.pick');
  return { units, rows };
}

/** The office's settings as they were; the caller then sets the new committee's profile. */
export function copySettings(dst: DB): void {
  dst.exec('INSERT OR REPLACE INTO main.setting (key, value) SELECT key, value FROM src.setting');
}
