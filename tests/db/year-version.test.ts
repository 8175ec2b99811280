/**
 * Values kept per year (db/cache.ts, db/version.ts): a write to a year's rows changes that year's
 * version and no other's, a write to what every year is read with changes every year's, another
 * connection's commit changes all, and every table of the file is one or the other — so no cached
 * result can outlive the data it came from, while an edit of 2019 keeps 2017–2018's results.
 */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open.ts';
import { FILE_TABLES, rowsOf, YEAR_TABLES, yearVersion } from '../../db/version.ts';
import { coverageSummary } from '../../stats/coverage.ts';
import { memoYear } from '../../db/cache.ts';
import { demoCopy } from '../helpers/db.ts';

/** One write of each kind to a row of `year` in each year table (the demo has rows in all but member_unrated). */
const YEAR_WRITES: Record<string, (year: number) => string[]> = {
  unit_year: (y) => [
    `UPDATE unit_year SET name = name || ' ' WHERE year = ${y} AND unit_id = (SELECT max(unit_id) FROM unit_year WHERE year = ${y})`,
  ],
  figure: (y) => [
    `UPDATE figure SET value = value + 1 WHERE year = ${y} AND indicator = 'dang_vien' AND unit_id = (SELECT max(unit_id) FROM figure WHERE year = ${y} AND indicator = 'dang_vien')`,
  ],
  unit_rating: (y) => [`DELETE FROM unit_rating WHERE year = ${y} AND unit_id = (SELECT max(unit_id) FROM unit_rating WHERE year = ${y})`],
  member_rating: (y) => [
    `DELETE FROM member_rating WHERE year = ${y} AND unit_id = (SELECT max(unit_id) FROM member_rating WHERE year = ${y})`,
  ],
  member_unrated: (y) => [
    `INSERT INTO member_unrated (year, unit_id, count) VALUES (${y}, (SELECT max(unit_id) FROM unit_year WHERE year = ${y}), 1)`,
  ],
  committee_member: (y) => [
    `UPDATE committee_member SET trained = 1 - trained WHERE id = (SELECT max(id) FROM committee_member WHERE year = ${y})`,
  ],
  member_person: (y) => [
    `INSERT INTO member_person (year, unit_id, full_name, birth_date, joined_on) VALUES (${y}, (SELECT max(unit_id) FROM unit_year WHERE year = ${y}), 'Nguyễn Văn Thử', '1980', '2005')`,
  ],
};

const FILE_WRITES: Record<string, string> = {
  unit: "INSERT INTO unit (code) VALUES ('THU.01')",
  indicator: "UPDATE indicator SET name = name || ' ' WHERE code = 'nu'",
  grouping: `INSERT INTO grouping (code, name, groups) VALUES ('thu', 'Thử', '[]')`,
  setting: `INSERT INTO setting (key, value) VALUES ('thu', '1') ON CONFLICT (key) DO UPDATE SET value = '2'`,
  plan: 'UPDATE plan SET name = name || ? WHERE id = (SELECT min(id) FROM plan)'.replace('?', "' '"),
  target: 'UPDATE target SET threshold = threshold + 1 WHERE id = (SELECT min(id) FROM target)',
  lineage_event: "INSERT INTO lineage_event (year, kind, note) VALUES (2019, 'create', 'thử')",
  org_change: `INSERT INTO org_change (year, date, kind, summary, undo) VALUES (2019, '2019-01-01', 'merge', 'thử', '{}')`,
  rating_level: "UPDATE rating_level SET name = name || ' ' WHERE scale = (SELECT min(scale) FROM rating_level) AND rank = 1",
};

describe('versions of each year', () => {
  it('know every table of the file: a year table, a file table, or one no cached value reads', () => {
    const db = openDatabase(demoCopy());
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    const withYear = tables.filter((t) =>
      (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t) as string[]).includes('year'),
    );
    const unread = ['report_document', 'report_template'];
    expect(new Set([...YEAR_TABLES, ...FILE_TABLES, ...unread])).toStrictEqual(new Set(tables));
    // A table of rows of one year is tracked by year (org_change and lineage_event change how every year is restated).
    expect(withYear.filter((t) => !YEAR_TABLES.includes(t)).sort()).toStrictEqual(['lineage_event', 'org_change', 'report_document']);
    db.close();
  });

  for (const table of YEAR_TABLES) {
    it(`move for a write to ${table} of that year only`, () => {
      const db = openDatabase(demoCopy());
      const others = YEAR_TABLES.filter((t) => t !== table);
      const before = [2017, 2018, 2019].map((y) => yearVersion(db, y));
      const otherTables = yearVersion(db, 2018, others);
      for (const sql of YEAR_WRITES[table]!(2018)) expect(db.prepare(sql).run().changes, sql).toBeGreaterThan(0);
      expect(yearVersion(db, 2017)).toBe(before[0]);
      expect(yearVersion(db, 2018)).not.toBe(before[1]);
      expect(yearVersion(db, 2019)).toBe(before[2]);
      expect(yearVersion(db, 2018, [table])).not.toBe(yearVersion(db, 2017, [table]));
      // A value that reads other tables of the year keeps its version.
      expect(yearVersion(db, 2018, others)).toBe(otherTables);
      db.close();
    });
  }

  for (const table of FILE_TABLES) {
    it(`move every year for a write to ${table}`, () => {
      const db = openDatabase(demoCopy());
      const before = [2017, 2019].map((y) => yearVersion(db, y, ['figure']));
      expect(db.prepare(FILE_WRITES[table]!).run().changes).toBeGreaterThan(0);
      expect([2017, 2019].map((y) => yearVersion(db, y, ['figure']))).not.toContain(before[0]);
      expect(yearVersion(db, 2019, ['figure'])).not.toBe(before[1]);
      db.close();
    });
  }

  it('move for both years when a row is moved from one year to another', () => {
    const db = openDatabase(demoCopy());
    const v = () => [2016, 2018, 2019].map((y) => yearVersion(db, y, ['figure']));
    const start = v();
    db.prepare(
      "UPDATE figure SET year = 2016 WHERE year = 2018 AND indicator = 'nu' AND unit_id = (SELECT max(unit_id) FROM figure WHERE year = 2018 AND indicator = 'nu')",
    ).run();
    const moved = v();
    expect([moved[0] !== start[0], moved[1] !== start[1], moved[2] === start[2]]).toEqual([true, true, true]);
    db.close();
  });

  it('tell a new value from a row added, removed or moved: coverage counts again only for the latter', () => {
    const db = openDatabase(demoCopy());
    const rows = () => yearVersion(db, 2019, [rowsOf('figure')]);
    const cell = db
      .prepare("SELECT unit_id AS id, value FROM figure WHERE year = 2019 AND indicator = 'dang_vien' ORDER BY unit_id DESC LIMIT 1")
      .get() as { id: number; value: number };
    const full = coverageSummary(db, 2019);
    const r0 = rows();
    const all = yearVersion(db, 2019, ['figure']);
    db.prepare("UPDATE figure SET value = value + 1 WHERE year = 2019 AND indicator = 'dang_vien' AND unit_id = ?").run(cell.id);
    db.prepare(
      "INSERT INTO figure (year, unit_id, indicator, value) VALUES (2019, ?, 'dang_vien', 3) ON CONFLICT (year, indicator, unit_id) DO UPDATE SET value = excluded.value",
    ).run(cell.id);
    expect(rows()).toBe(r0);
    expect(yearVersion(db, 2019, ['figure'])).not.toBe(all);
    expect(coverageSummary(db, 2019)).toStrictEqual(full);

    db.prepare("DELETE FROM figure WHERE year = 2019 AND indicator = 'dang_vien' AND unit_id = ?").run(cell.id);
    const r1 = rows();
    expect(r1).not.toBe(r0);
    expect(coverageSummary(db, 2019).leavesWithoutFigures).toBe(full.leavesWithoutFigures + 1);
    db.prepare("INSERT INTO figure (year, unit_id, indicator, value) VALUES (2019, ?, 'dang_vien', 3)").run(cell.id);
    const r2 = rows();
    expect(r2).not.toBe(r1);
    expect(coverageSummary(db, 2019).leavesWithoutFigures).toBe(full.leavesWithoutFigures);
    // A row moved to another year: which rows the year has changed.
    db.prepare("UPDATE figure SET year = 2016 WHERE year = 2019 AND indicator = 'dang_vien' AND unit_id = ?").run(cell.id);
    expect(rows()).not.toBe(r2);
    expect(coverageSummary(db, 2019).leavesWithoutFigures).toBe(full.leavesWithoutFigures + 1);
    // A unit renamed keeps which units are leaves; one moved under another parent does not.
    const units = yearVersion(db, 2019, [rowsOf('unit_year')]);
    db.prepare("UPDATE unit_year SET name = name || ' ' WHERE year = 2019 AND unit_id = ?").run(cell.id);
    expect(yearVersion(db, 2019, [rowsOf('unit_year')])).toBe(units);
    db.prepare('UPDATE unit_year SET parent_id = parent_id WHERE year = 2019 AND unit_id = ?').run(cell.id);
    expect(yearVersion(db, 2019, [rowsOf('unit_year')])).not.toBe(units);
    db.close();
  });

  it('move for every year when another connection commits, and keep a value until then', () => {
    const path = demoCopy();
    const db = openDatabase(path);
    let runs = 0;
    const read = () => memoYear(db, 2017, 'thu', () => ++runs, ['figure']);
    expect([read(), read()]).toEqual([1, 1]);
    db.prepare(
      "UPDATE figure SET value = value + 1 WHERE year = 2019 AND indicator = 'nu' AND unit_id = (SELECT max(unit_id) FROM figure WHERE year = 2019 AND indicator = 'nu')",
    ).run();
    expect(read()).toBe(1);
    const other = new Database(path);
    other
      .prepare(
        "UPDATE figure SET value = value + 1 WHERE year = 2019 AND indicator = 'nu' AND unit_id = (SELECT max(unit_id) FROM figure WHERE year = 2019 AND indicator = 'nu')",
      )
      .run();
    other.close();
    expect(read()).toBe(2);
    db.close();
  });

  it('keep nothing computed inside a transaction that is rolled back', () => {
    const db = openDatabase(demoCopy());
    const sum = () =>
      memoYear(
        db,
        2019,
        'sum',
        () => db.prepare("SELECT sum(value) FROM figure WHERE year = 2019 AND indicator = 'dang_vien'").pluck().get() as number,
        ['figure'],
      );
    const before = sum();
    const bump = db.prepare(
      "UPDATE figure SET value = value + 100 WHERE year = 2019 AND indicator = 'dang_vien' AND unit_id = (SELECT max(unit_id) FROM figure WHERE year = 2019 AND indicator = 'dang_vien')",
    );
    db.exec('BEGIN');
    bump.run();
    expect(sum()).toBe(before + 100);
    db.exec('ROLLBACK');
    // Another single write: the counters are where they were inside the rolled-back transaction.
    db.prepare(
      "UPDATE figure SET value = value + 7 WHERE year = 2019 AND indicator = 'dang_vien' AND unit_id = (SELECT max(unit_id) FROM figure WHERE year = 2019 AND indicator = 'dang_vien')",
    ).run();
    expect(sum()).toBe(before + 7);
    db.close();
  });
});
