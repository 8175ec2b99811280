import type { DB } from './open.ts';
import { memoYear } from './cache.ts';
import { prep } from './statements.ts';

export interface UnitRatingRow {
  unitId: number;
  scale: string;
  level: string;
  scoreCenti?: number | null;
}
export interface MemberRatingRow {
  unitId: number;
  scale: string;
  level: string;
  count: number;
}

/** Kept per data version (db/cache.ts): the breakdowns and the targets of a document both read them. Read-only. */
export function unitRatings(db: DB, year: number): readonly UnitRatingRow[] {
  return memoYear(
    db,
    year,
    'ratings',
    () => db.prepare('SELECT unit_id AS unitId, scale, level FROM unit_rating WHERE year = ?').all(year) as UnitRatingRow[],
    ['unit_rating'],
  );
}

export function setUnitRating(db: DB, year: number, unitId: number, scale: string, level: string | null): void {
  if (level === null) prep(db, 'DELETE FROM unit_rating WHERE year = ? AND unit_id = ?').run(year, unitId);
  else
    prep(
      db,
      `INSERT INTO unit_rating (year, unit_id, scale, level) VALUES (?, ?, ?, ?)
       ON CONFLICT (year, unit_id) DO UPDATE SET scale = excluded.scale, level = excluded.level`,
    ).run(year, unitId, scale, level);
}

export function memberRatings(db: DB, year: number): MemberRatingRow[] {
  return db.prepare('SELECT unit_id AS unitId, scale, level, count FROM member_rating WHERE year = ?').all(year) as MemberRatingRow[];
}

export function setMemberRating(db: DB, year: number, unitId: number, scale: string, level: string, count: number): void {
  prep(
    db,
    `INSERT INTO member_rating (year, unit_id, scale, level, count) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (year, unit_id, level) DO UPDATE SET scale = excluded.scale, count = excluded.count`,
  ).run(year, unitId, scale, level, count);
}

/** Ratings with their scores: the entry screen and the template show both. */
export function unitRatingsWithScores(db: DB, year: number): Required<UnitRatingRow>[] {
  return db
    .prepare('SELECT unit_id AS unitId, scale, level, score_centi AS scoreCenti FROM unit_rating WHERE year = ?')
    .all(year) as Required<UnitRatingRow>[];
}

export function setUnitScore(db: DB, year: number, unitId: number, scoreCenti: number | null): void {
  prep(db, 'UPDATE unit_rating SET score_centi = ? WHERE year = ? AND unit_id = ?').run(scoreCenti, year, unitId);
}

/** A cell's member counts are replaced as a whole: levels not given are removed. */
export function clearMemberRatings(db: DB, year: number, unitId: number): void {
  prep(db, 'DELETE FROM member_rating WHERE year = ? AND unit_id = ?').run(year, unitId);
  prep(db, 'DELETE FROM member_unrated WHERE year = ? AND unit_id = ?').run(year, unitId);
}

export function setMemberUnrated(db: DB, year: number, unitId: number, count: number): void {
  prep(
    db,
    `INSERT INTO member_unrated (year, unit_id, count) VALUES (?, ?, ?)
     ON CONFLICT (year, unit_id) DO UPDATE SET count = excluded.count`,
  ).run(year, unitId, count);
}

export function memberUnrated(db: DB, year: number): { unitId: number; count: number }[] {
  return db.prepare('SELECT unit_id AS unitId, count FROM member_unrated WHERE year = ?').all(year) as { unitId: number; count: number }[];
}

/** A rating under a scored rule (366-QĐ/TW): the level with the score it follows from, in hundredths. */
export function setScoredUnitRating(db: DB, year: number, unitId: number, scale: string, level: string, scoreCenti: number | null): void {
  prep(
    db,
    `INSERT INTO unit_rating (year, unit_id, scale, level, score_centi) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (year, unit_id) DO UPDATE SET scale = excluded.scale, level = excluded.level, score_centi = excluded.score_centi`,
  ).run(year, unitId, scale, level, scoreCenti);
}
