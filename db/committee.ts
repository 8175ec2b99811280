import type { DB } from './open.ts';
import { prep } from './statements.ts';
import type { Education, Professional, Role, Theory } from '../org/catalog.ts';

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

export function insertCommitteeMember(db: DB, m: Omit<CommitteeMember, 'id'>): number {
  return Number(
    prep(
      db,
      `INSERT INTO committee_member (year, unit_id, full_name, role, birth_year, gender, education, professional, theory,
           trained, manages_enterprise, rating_scale, rating_level)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        m.year, m.unitId, m.fullName, m.role, m.birthYear, m.gender, m.education, m.professional, m.theory,
        m.trained ? 1 : 0, m.managesEnterprise === null ? null : m.managesEnterprise ? 1 : 0, m.ratingScale, m.ratingLevel,
      ).lastInsertRowid,
  );
}
