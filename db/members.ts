/** Personal records of member lists (migration 004). Only counts derived from them leave the database. */
import type { DB } from './open.ts';

export interface MemberRecord {
  unitId: number;
  fullName: string;
  birthDate: string;
  gender: 'nam' | 'nu' | null;
  ethnicity: string | null;
  religion: string | null;
  joinedOn: string;
  officialOn: string | null;
  education: string | null;
  professional: string | null;
  theory: string | null;
  cardNo: string | null;
  sourceRow: number | null;
}

/** Replaces the list of the given units for a year; the caller wraps it in its transaction. */
export function replaceMembers(
  db: DB,
  year: number,
  unitIds: Iterable<number>,
  members: Iterable<MemberRecord>,
  onRow?: (n: number) => void,
): number {
  // One statement for all the units: 23.000 single deletes of a province's list took some 0,4 s.
  db.prepare('DELETE FROM member_person WHERE year = ? AND unit_id IN (SELECT value FROM json_each(?))').run(
    year,
    JSON.stringify([...unitIds]),
  );
  const ins = db.prepare(
    `INSERT INTO member_person (year, unit_id, full_name, birth_date, gender, ethnicity, religion, joined_on, official_on,
       education, professional, theory, card_no, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let n = 0;
  for (const m of members) {
    ins.run(
      year,
      m.unitId,
      m.fullName,
      m.birthDate,
      m.gender,
      m.ethnicity,
      m.religion,
      m.joinedOn,
      m.officialOn,
      m.education,
      m.professional,
      m.theory,
      m.cardNo,
      m.sourceRow,
    );
    if (++n % 10000 === 0) onRow?.(n);
  }
  return n;
}

export function countMembers(db: DB, year: number, unitId?: number): number {
  const r =
    unitId === undefined
      ? db.prepare('SELECT count(*) AS n FROM member_person WHERE year = ?').get(year)
      : db.prepare('SELECT count(*) AS n FROM member_person WHERE year = ? AND unit_id = ?').get(year, unitId);
  return (r as { n: number }).n;
}

/** Members recorded per cell for a year, in one pass (a province list touches some 25.000 cells). */
export function memberCountsByUnit(db: DB, year: number): Map<number, number> {
  return new Map(
    db.prepare('SELECT unit_id, count(*) FROM member_person WHERE year = ? GROUP BY unit_id').raw().all(year) as [number, number][],
  );
}

export function membersOfUnit(db: DB, year: number, unitId: number): MemberRecord[] {
  return db
    .prepare(
      `SELECT unit_id AS unitId, full_name AS fullName, birth_date AS birthDate, gender, ethnicity, religion, joined_on AS joinedOn,
         official_on AS officialOn, education, professional, theory, card_no AS cardNo, source_row AS sourceRow
       FROM member_person WHERE year = ? AND unit_id = ? ORDER BY id`,
    )
    .all(year, unitId) as MemberRecord[];
}
