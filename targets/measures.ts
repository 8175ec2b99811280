/**
 * The catalog of measures a target can use. A measure turns the cells of a scope into items
 * (cells, committee members or secretaries), each passing or failing one criterion; the share
 * of passing items is the target's actual value. New targets pick a measure and its parameters
 * from here, without code.
 */
import { z } from 'zod';
import type { UnitRow } from '../db/units.ts';
import type { CommitteeMember, MemberTest } from '../db/committee.ts';
import { EDUCATION_LEVELS, LEVEL_LABELS, PROFESSIONAL_LEVELS, ROLE_LABELS, THEORY_LEVELS, type Role } from '../org/catalog.ts';
import { levelName } from '../org/ratings.ts';
import { describeIssues, UserError } from '../core/errors.ts';
import { atLeast, COMPARABLE_LEVELS, COMPARABLE_NAMES, comparableOf, SCALE_MAPPING, SCALE_NAMES, type ComparableLevel } from './levels.ts';
import type { TargetYearData } from './year-data.ts';

export type Subject = 'cells' | 'committeeMembers' | 'secretaries';

export interface Item {
  unitId: number;
  unit: string;
  memberId?: number;
  member?: string;
  role?: Role;
  ok: boolean;
  /** Why the item fails (or what it has): shown next to the failing units and people. */
  detail: string;
}

export interface BoundMeasure {
  /** The measure and its parameters: two targets with the same key count the same items. */
  key: string;
  /** What is counted: "chi bộ", "cấp ủy viên", "bí thư chi bộ". */
  noun: string;
  /** What an item must satisfy, as a predicate phrase: "đạt hoàn thành tốt nhiệm vụ trở lên". */
  criterion: string;
  /**
   * Committee-member measures: the same criterion as `items`, as column values, so the year's
   * members are counted in SQL (db/committee.ts) and only the failing ones shown are loaded.
   * The two must agree; the evaluation checks that they do on every failing list it builds.
   */
  members?: MemberTest;
  /** The year's tables the items are judged from (besides the cells themselves): a tally is kept while they do not change. */
  reads: readonly string[];
  /** The items of these cells; member measures read the members of these cells from data.committee. */
  items(data: TargetYearData, cells: UnitRow[]): Item[];
}

export interface Measure {
  id: string;
  label: string;
  subject: Subject;
  /** The parameters as a zod schema (exported to the UI as JSON schema). */
  params: z.ZodType;
  bind(params: unknown): BoundMeasure;
}

function define<S extends z.ZodType>(def: {
  id: string;
  label: string;
  subject: Subject;
  params: S;
  build(p: z.output<S>): Omit<BoundMeasure, 'key'>;
}): Measure {
  return {
    id: def.id,
    label: def.label,
    subject: def.subject,
    params: def.params,
    bind(raw) {
      const parsed = def.params.safeParse(raw ?? {});
      if (!parsed.success) {
        const why = describeIssues(parsed.error, 'params');
        throw new UserError(`Tham số của cách đo "${def.label}" không hợp lệ: ${why}.`, 'invalid-params');
      }
      return { ...def.build(parsed.data), key: `${def.id}:${JSON.stringify(parsed.data)}` };
    },
  };
}

const comparable = z.enum(COMPARABLE_LEVELS);
const COMMITTEE = ['committee_member'];
const roles = z
  .array(z.enum(['secretary', 'deputy', 'member']))
  .min(1)
  .optional();

function membersOf(data: TargetYearData, cells: UnitRow[], only?: Role[]): { cell: UnitRow; m: CommitteeMember }[] {
  const out: { cell: UnitRow; m: CommitteeMember }[] = [];
  for (const cell of cells) for (const m of data.committee.get(cell.id) ?? []) if (!only || only.includes(m.role)) out.push({ cell, m });
  return out;
}

function memberItem(cell: UnitRow, m: CommitteeMember, ok: boolean, detail: string): Item {
  return { unitId: cell.id, unit: cell.name, memberId: m.id, member: m.fullName, role: m.role, ok, detail };
}

/** The stored ratings (every scale) that map to `min` or better. */
function ratingsAtLeast(min: ComparableLevel): { scale: string; level: string }[] {
  return SCALE_MAPPING.filter((r) => atLeast(r.comparable, min)).map((r) => ({ scale: r.scale, level: r.code }));
}

/** The levels at or above `min` in an ordered list. */
function from<T extends string>(levels: readonly T[], min: T): T[] {
  return levels.slice(levels.indexOf(min));
}

function rolesNoun(only: Role[] | undefined): string {
  if (!only) return 'cấp ủy viên';
  return only.map((r) => ROLE_LABELS[r].toLowerCase()).join(', ') + ' chi bộ';
}

const cellRating = define({
  id: 'cell-rating',
  label: 'Tỷ lệ chi bộ được xếp loại từ một mức trở lên',
  subject: 'cells',
  params: z.object({ atLeast: comparable.default('tot') }),
  build: (p) => ({
    noun: 'chi bộ',
    criterion: `đạt ${COMPARABLE_NAMES[p.atLeast].unit}${p.atLeast === 'xuat-sac' ? '' : ' trở lên'}`,
    reads: ['unit_rating'],
    items: (data, cells) =>
      cells.map((c) => {
        const r = data.ratings.get(c.id);
        if (!r) return { unitId: c.id, unit: c.name, ok: false, detail: 'chưa có xếp loại' };
        const level = comparableOf(r.scale, r.level);
        if (!level)
          return {
            unitId: c.id,
            unit: c.name,
            ok: false,
            detail: `xếp loại "${r.level}" (${SCALE_NAMES[r.scale] ?? r.scale}) không có trong bảng quy đổi`,
          };
        return { unitId: c.id, unit: c.name, ok: atLeast(level, p.atLeast), detail: levelName(r.scale, r.level) };
      }),
  }),
});

const cellAdmitted = define({
  id: 'cell-admitted',
  label: 'Tỷ lệ chi bộ kết nạp được đảng viên trong năm',
  subject: 'cells',
  params: z.object({ min: z.number().int().min(1).default(1) }),
  build: (p) => ({
    noun: 'chi bộ',
    criterion: p.min === 1 ? 'kết nạp được đảng viên trong năm' : `kết nạp được từ ${p.min} đảng viên trở lên trong năm`,
    reads: ['figure'],
    items: (data, cells) =>
      cells.map((c) => {
        const n = data.admitted.get(c.id);
        if (n === undefined) return { unitId: c.id, unit: c.name, ok: false, detail: 'chưa nhập số kết nạp' };
        return { unitId: c.id, unit: c.name, ok: n >= p.min, detail: `kết nạp ${n} đảng viên` };
      }),
  }),
});

const committeeRating = define({
  id: 'committee-rating',
  label: 'Tỷ lệ cấp ủy viên chi bộ được xếp loại từ một mức trở lên',
  subject: 'committeeMembers',
  params: z.object({ atLeast: comparable.default('tot'), roles }),
  build: (p) => ({
    noun: rolesNoun(p.roles),
    criterion: `${COMPARABLE_NAMES[p.atLeast].member}${p.atLeast === 'xuat-sac' ? '' : ' trở lên'}`,
    reads: COMMITTEE,
    members: { roles: p.roles, ratings: ratingsAtLeast(p.atLeast) },
    items: (data, cells) =>
      membersOf(data, cells, p.roles).map(({ cell, m }) => {
        if (!m.ratingScale || !m.ratingLevel) return memberItem(cell, m, false, 'chưa có xếp loại');
        const level = comparableOf(m.ratingScale, m.ratingLevel);
        if (!level) return memberItem(cell, m, false, `xếp loại "${m.ratingLevel}" không có trong bảng quy đổi`);
        return memberItem(cell, m, atLeast(level, p.atLeast), levelName(m.ratingScale, m.ratingLevel));
      }),
  }),
});

const committeeTrained = define({
  id: 'committee-trained',
  label: 'Tỷ lệ cấp ủy viên chi bộ được bồi dưỡng trong năm',
  subject: 'committeeMembers',
  params: z.object({ roles }),
  build: (p) => ({
    noun: rolesNoun(p.roles),
    criterion: 'được bồi dưỡng về chuyên môn nghiệp vụ, kỹ năng công tác Đảng và lý luận chính trị',
    reads: COMMITTEE,
    members: { roles: p.roles, trained: true },
    items: (data, cells) =>
      membersOf(data, cells, p.roles).map(({ cell, m }) =>
        memberItem(cell, m, m.trained, m.trained ? 'đã bồi dưỡng' : 'chưa được bồi dưỡng'),
      ),
  }),
});

function rankOf<T extends string>(levels: readonly T[], v: T | null): number {
  return v === null ? -1 : levels.indexOf(v);
}

const committeeQualification = define({
  id: 'committee-qualification',
  label: 'Tỷ lệ cấp ủy viên chi bộ đạt trình độ (học vấn, chuyên môn, lý luận chính trị, hoặc kết hợp)',
  subject: 'committeeMembers',
  params: z
    .object({
      education: z.enum(EDUCATION_LEVELS).optional(),
      professional: z.enum(PROFESSIONAL_LEVELS).optional(),
      theory: z.enum(THEORY_LEVELS).optional(),
      roles,
    })
    .refine((p) => p.education || p.professional || p.theory, { message: 'cần ít nhất một trong education, professional, theory' }),
  build: (p) => {
    const parts: string[] = [];
    if (p.education) parts.push(`trình độ học vấn ${LEVEL_LABELS[p.education]}`);
    if (p.professional) parts.push(`trình độ chuyên môn từ ${LEVEL_LABELS[p.professional]!.toLowerCase()} trở lên`);
    if (p.theory) parts.push(`trình độ lý luận chính trị từ ${LEVEL_LABELS[p.theory]!.toLowerCase()} trở lên`);
    const criterion = `có ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}` : parts[0]}`;
    return {
      noun: rolesNoun(p.roles),
      criterion,
      reads: COMMITTEE,
      members: {
        roles: p.roles,
        ...(p.education ? { education: from(EDUCATION_LEVELS, p.education) } : {}),
        ...(p.professional ? { professional: from(PROFESSIONAL_LEVELS, p.professional) } : {}),
        ...(p.theory ? { theory: from(THEORY_LEVELS, p.theory) } : {}),
      },
      items: (data, cells) =>
        membersOf(data, cells, p.roles).map(({ cell, m }) => {
          const lacks: string[] = [];
          if (p.education && rankOf(EDUCATION_LEVELS, m.education) < rankOf(EDUCATION_LEVELS, p.education))
            lacks.push(`học vấn ${m.education ? LEVEL_LABELS[m.education] : 'chưa nhập'}`);
          if (p.professional && rankOf(PROFESSIONAL_LEVELS, m.professional) < rankOf(PROFESSIONAL_LEVELS, p.professional))
            lacks.push(`chuyên môn ${m.professional ? LEVEL_LABELS[m.professional] : 'chưa nhập'}`);
          if (p.theory && rankOf(THEORY_LEVELS, m.theory) < rankOf(THEORY_LEVELS, p.theory))
            lacks.push(`lý luận chính trị ${m.theory ? LEVEL_LABELS[m.theory] : 'chưa nhập'}`);
          return memberItem(cell, m, lacks.length === 0, lacks.length ? lacks.join('; ') : 'đạt');
        }),
    };
  },
});

const secretaryManages = define({
  id: 'secretary-manages-enterprise',
  label: 'Tỷ lệ bí thư chi bộ tham gia công tác quản lý doanh nghiệp',
  subject: 'secretaries',
  params: z.object({}),
  build: () => ({
    noun: 'bí thư chi bộ',
    criterion: 'tham gia công tác quản lý doanh nghiệp',
    reads: COMMITTEE,
    members: { roles: ['secretary'], managesEnterprise: true },
    items: (data, cells) =>
      membersOf(data, cells, ['secretary']).map(({ cell, m }) =>
        memberItem(
          cell,
          m,
          m.managesEnterprise === true,
          m.managesEnterprise === null ? 'chưa nhập' : m.managesEnterprise ? 'có tham gia' : 'không tham gia quản lý',
        ),
      ),
  }),
});

export const MEASURES: Measure[] = [cellRating, cellAdmitted, committeeRating, committeeTrained, committeeQualification, secretaryManages];

export function findMeasure(id: string): Measure {
  const m = MEASURES.find((x) => x.id === id);
  if (!m) throw new UserError(`Không có cách đo "${id}". Các cách đo có sẵn: ${MEASURES.map((x) => x.id).join(', ')}.`, 'unknown-measure');
  return m;
}
