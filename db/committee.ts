import type { DB } from './open.ts';
import { prep } from './statements.ts';
import type { Education, Professional, Role, Theory } from './codes.ts';

export interface CommitteeMember {
  id: number;
  year: number;
  unitId: number;
  fullName: string;
  role: Role;
  birthYear: number | null;
  gender: 'nam' | 'nu' | null;
  education: Education | null;
  professional: Professional | null;
  theory: Theory | null;
  trained: boolean;
  managesEnterprise: boolean | null;
  ratingScale: string | null;
  ratingLevel: string | null;
  /** Added with hand entry (migration 008); absent in rows written by the demo and synth. */
  ethnicity?: string | null;
  villageHead?: boolean | null;
  frontHead?: boolean | null;
}

type Raw = Omit<CommitteeMember, 'trained' | 'managesEnterprise'> & { trained: number; managesEnterprise: number | null };

export function committeeMembers(db: DB, year: number): CommitteeMember[] {
  const rows = db
    .prepare(
      `SELECT id, year, unit_id AS unitId, full_name AS fullName, role, birth_year AS birthYear, gender, education,
              professional, theory, trained, manages_enterprise AS managesEnterprise,
              rating_scale AS ratingScale, rating_level AS ratingLevel
       FROM committee_member WHERE year = ? ORDER BY unit_id, CASE role WHEN 'secretary' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END, id`,
    )
    .all(year) as Raw[];
  // Converted in place: a province year has 75.000 committee members, and copies cost a tenth of the read.
  for (const r of rows as unknown as { trained: number | boolean; managesEnterprise: number | boolean | null }[]) {
    r.trained = r.trained === 1;
    r.managesEnterprise = r.managesEnterprise === null ? null : r.managesEnterprise === 1;
  }
  return rows as unknown as CommitteeMember[];
}

const bit = (b: boolean | null | undefined): number | null => (b === null || b === undefined ? null : b ? 1 : 0);
const unbit = (n: number | null): boolean | null => (n === null ? null : n === 1);

/** Every column of a member as entry screens show it, for one year (optionally one unit). */
export function committeeEntries(db: DB, year: number, unitId?: number): Required<CommitteeMember>[] {
  // Two statements, not one with `(? IS NULL OR unit_id = ?)`: that form cannot use the (year, unit_id)
  // index, so reading one unit scanned the whole year — 199 s for a province's input workbook, unit by unit.
  const select = `SELECT ${MEMBER_COLUMNS}, ethnicity, village_head AS villageHead, front_head AS frontHead FROM committee_member`;
  const rows = (
    unitId === undefined
      ? prep(db, `${select} WHERE year = ? ORDER BY ${MEMBER_ORDER}`).all(year)
      : prep(db, `${select} WHERE year = ? AND unit_id = ? ORDER BY ${MEMBER_ORDER}`).all(year, unitId)
  ) as (Raw & {
    villageHead: number | null;
    frontHead: number | null;
    ethnicity: string | null;
  })[];
  return rows.map((r) => ({
    ...r,
    trained: r.trained === 1,
    managesEnterprise: unbit(r.managesEnterprise),
    villageHead: unbit(r.villageHead),
    frontHead: unbit(r.frontHead),
  }));
}

export function getCommitteeEntry(db: DB, id: number): Required<CommitteeMember> | undefined {
  const r = prep(db, 'SELECT year, unit_id AS unitId FROM committee_member WHERE id = ?').get(id) as
    { year: number; unitId: number } | undefined;
  return r && committeeEntries(db, r.year, r.unitId).find((m) => m.id === id);
}

export function updateCommitteeMember(db: DB, m: Required<CommitteeMember>): void {
  prep(
    db,
    `UPDATE committee_member SET full_name = ?, role = ?, birth_year = ?, gender = ?, education = ?, professional = ?, theory = ?,
       trained = ?, manages_enterprise = ?, ethnicity = ?, village_head = ?, front_head = ?, rating_scale = ?, rating_level = ? WHERE id = ?`,
  ).run(
    m.fullName,
    m.role,
    m.birthYear,
    m.gender,
    m.education,
    m.professional,
    m.theory,
    m.trained ? 1 : 0,
    bit(m.managesEnterprise),
    m.ethnicity,
    bit(m.villageHead),
    bit(m.frontHead),
    m.ratingScale,
    m.ratingLevel,
    m.id,
  );
}

export function deleteCommitteeMember(db: DB, id: number): void {
  prep(db, 'DELETE FROM committee_member WHERE id = ?').run(id);
}

export function insertCommitteeMember(db: DB, m: Omit<CommitteeMember, 'id'>): number {
  return Number(
    prep(
      db,
      `INSERT INTO committee_member (year, unit_id, full_name, role, birth_year, gender, education, professional, theory,
           trained, manages_enterprise, rating_scale, rating_level, ethnicity, village_head, front_head)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      m.year,
      m.unitId,
      m.fullName,
      m.role,
      m.birthYear,
      m.gender,
      m.education,
      m.professional,
      m.theory,
      m.trained ? 1 : 0,
      bit(m.managesEnterprise),
      m.ratingScale,
      m.ratingLevel,
      m.ethnicity ?? null,
      bit(m.villageHead),
      bit(m.frontHead),
    ).lastInsertRowid,
  );
}

const MEMBER_COLUMNS = `id, year, unit_id AS unitId, full_name AS fullName, role, birth_year AS birthYear, gender, education,
  professional, theory, trained, manages_enterprise AS managesEnterprise, rating_scale AS ratingScale, rating_level AS ratingLevel`;
const MEMBER_ORDER = `unit_id, CASE role WHEN 'secretary' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END, id`;

/** The committee members of some units of a year (a page of a target's failing list), in the same order as committeeMembers. */
export function committeeMembersOf(db: DB, year: number, unitIds: number[]): CommitteeMember[] {
  if (unitIds.length === 0) return [];
  const rows = prep(
    db,
    `SELECT ${MEMBER_COLUMNS} FROM committee_member WHERE year = ? AND unit_id IN (SELECT value FROM json_each(?)) ORDER BY ${MEMBER_ORDER}`,
  ).all(year, JSON.stringify(unitIds)) as Raw[];
  return rows.map((r) => ({
    ...r,
    trained: r.trained === 1,
    managesEnterprise: r.managesEnterprise === null ? null : r.managesEnterprise === 1,
  }));
}

/**
 * A committee-member criterion as column values, so that counting happens here, in SQL, while
 * what a criterion means stays with the measures (targets/measures.ts). A member is counted when
 * their role is in `roles` (everyone when absent) and passes when every given condition holds.
 */
export interface MemberTest {
  roles?: Role[];
  /** Passes when the (scale, level) of the member's rating is one of these. */
  ratings?: { scale: string; level: string }[];
  education?: Education[];
  professional?: Professional[];
  theory?: Theory[];
  trained?: true;
  managesEnterprise?: true;
}

function inList(column: string, values: readonly unknown[], params: unknown[]): string {
  if (values.length === 0) return '0';
  params.push(...values);
  return `${column} IN (${values.map(() => '?').join(', ')})`;
}

// The pass condition is evaluated for every member of the year, once per test: kept to the
// cheapest expressions (a CASE on the scale rather than ORs of pairs), NULL counting as failing.
function passSql(t: MemberTest, params: unknown[]): string {
  const and: string[] = [];
  if (t.ratings) {
    const byScale = new Map<string, string[]>();
    for (const r of t.ratings) byScale.set(r.scale, [...(byScale.get(r.scale) ?? []), r.level]);
    if (byScale.size === 0) and.push('0');
    else {
      const when = [...byScale].map(([scale, levels]) => {
        params.push(scale);
        return `WHEN ? THEN ${inList('rating_level', levels, params)}`;
      });
      and.push(`CASE rating_scale ${when.join(' ')} ELSE 0 END`);
    }
  }
  if (t.education) and.push(inList('education', t.education, params));
  if (t.professional) and.push(inList('professional', t.professional, params));
  if (t.theory) and.push(inList('theory', t.theory, params));
  if (t.trained) and.push('trained = 1');
  if (t.managesEnterprise) and.push('manages_enterprise = 1');
  return and.length ? and.join(' AND ') : '1';
}

/**
 * Per unit of a year (of these units only), for each test: how many members it counts and how
 * many pass, as [counted₀, passing₀, counted₁, passing₁, …]. One pass over the members, grouped
 * in SQL: a province year has 75.000 committee members, and loading them costs more than
 * counting them; restricting to the units of a scope halves the work of a plan.
 */
export function committeeCounts(db: DB, year: number, tests: MemberTest[], unitIds: number[]): Map<number, number[]> {
  if (tests.length === 0) return new Map();
  const params: unknown[] = [];
  const cols: string[] = [];
  // Built in column order, so the parameters are pushed in the order their placeholders appear.
  const column = (sql: string) => cols.push(sql) - 1;
  const countedBy = new Map<string, number>();
  const layout = tests.map((t) => {
    const key = t.roles ? JSON.stringify(t.roles) : '';
    let counted = countedBy.get(key);
    if (counted === undefined) countedBy.set(key, (counted = column(t.roles ? `sum(${inList('role', t.roles, params)})` : 'count(*)')));
    const passing = t.roles
      ? column(`sum(${inList('role', t.roles, params)} AND ${passSql(t, params)})`)
      : column(`sum(${passSql(t, params)})`);
    return [counted, passing];
  });
  const rows = prep(
    db,
    `SELECT unit_id, ${cols.join(', ')} FROM committee_member WHERE year = ? AND unit_id IN (SELECT value FROM json_each(?)) GROUP BY unit_id`,
  )
    .raw()
    .all(...params, year, JSON.stringify(unitIds)) as (number | null)[][];
  const out = new Map<number, number[]>();
  for (const r of rows) {
    const counts = new Array<number>(layout.length * 2);
    // sum() over no passing member is NULL.
    for (let k = 0; k < layout.length; k++) {
      counts[2 * k] = r[layout[k]![0]! + 1] ?? 0;
      counts[2 * k + 1] = r[layout[k]![1]! + 1] ?? 0;
    }
    out.set(r[0]!, counts);
  }
  return out;
}
