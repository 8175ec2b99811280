/** Entering committee members (cấp ủy viên) by hand and copying a year's committees into the next. */
import type { DB } from '../db/open.ts';
import {
  committeeEntries,
  deleteCommitteeMember,
  getCommitteeEntry,
  insertCommitteeMember,
  updateCommitteeMember,
  type CommitteeMember,
} from '../db/committee.ts';
import { getUnit, listUnits } from '../db/units.ts';
import { UserError } from '../core/errors.ts';
import { normalizeText } from '../format/vi.ts';
import { KIND_LABELS, ROLE_LABELS, type Role } from './catalog.ts';
import { memberScaleFor } from './ratings.ts';
import { acceptedLevels, parseLevel } from './rating-words.ts';

export type Entry = Required<CommitteeMember>;
export type EntryFields = Omit<Entry, 'id' | 'year' | 'unitId' | 'ratingScale' | 'ratingLevel'>;

export const EMPTY_FIELDS: Omit<EntryFields, 'fullName' | 'role'> = {
  gender: null,
  birthYear: null,
  ethnicity: null,
  education: null,
  professional: null,
  theory: null,
  trained: false,
  villageHead: null,
  frontHead: null,
  managesEnterprise: null,
};

/** Committees sit on units with a committee of their own: every unit but the root, whose committee is not kept here. */
function unitFor(db: DB, year: number, unitId: number) {
  const u = getUnit(db, year, unitId);
  if (!u) throw new UserError(`Đơn vị #${unitId} không có trong cơ cấu tổ chức năm ${year}.`, 'not-found');
  if (u.kind === 'committee')
    throw new UserError(
      `"${u.name}" là ${KIND_LABELS.committee.toLowerCase()}: cấp ủy viên nhập cho từng tổ chức cơ sở đảng, đảng bộ bộ phận và chi bộ.`,
      'invalid-unit',
    );
  return u;
}

/** One secretary per unit and year: a second one is a typing error, not a fact. */
function checkSecretary(db: DB, year: number, unitId: number, role: Role, selfId: number | null, unitName: string): void {
  if (role !== 'secretary') return;
  const other = committeeEntries(db, year, unitId).find((m) => m.role === 'secretary' && m.id !== selfId);
  if (other) throw new UserError(`${unitName} đã có bí thư năm ${year} (${other.fullName}); mỗi đơn vị một bí thư.`, 'two-secretaries');
}

function clean(f: Partial<EntryFields>): Partial<EntryFields> {
  const out = { ...f };
  if (out.fullName !== undefined) {
    out.fullName = normalizeText(out.fullName);
    if (!out.fullName) throw new UserError('Họ và tên cấp ủy viên không được để trống.', 'invalid-member');
  }
  if (out.ethnicity !== undefined && out.ethnicity !== null) out.ethnicity = normalizeText(out.ethnicity) || null;
  return out;
}

/** The member's own rating: words of any spelling on the year's member scale, stored with that scale. */
function rating(year: number, text: string | null, who: string): { ratingScale: string | null; ratingLevel: string | null } {
  if (text === null || text.trim() === '') return { ratingScale: null, ratingLevel: null };
  const scale = memberScaleFor(year);
  const level = parseLevel(text, scale);
  if (!level)
    throw new UserError(`${who}: không hiểu mức xếp loại "${text}". Năm ${year} dùng các mức: ${acceptedLevels(scale)}.`, 'invalid-member');
  return { ratingScale: scale, ratingLevel: level };
}

type WithRating<T> = T & { rating?: string | null };

export function addCommitteeMember(
  db: DB,
  year: number,
  unitId: number,
  input: WithRating<Partial<EntryFields> & Pick<EntryFields, 'fullName' | 'role'>>,
): number {
  const { rating: r, ...f } = input;
  const u = unitFor(db, year, unitId);
  const fields = { ...EMPTY_FIELDS, ...clean(f) } as EntryFields;
  const rated = rating(year, r ?? null, fields.fullName);
  return db.transaction(() => {
    checkSecretary(db, year, unitId, fields.role, null, u.name);
    return insertCommitteeMember(db, { ...fields, year, unitId, ...rated });
  })();
}

export function editCommitteeMember(db: DB, id: number, input: WithRating<Partial<EntryFields>>): void {
  const { rating: r, ...patch } = input;
  const m = getCommitteeEntry(db, id);
  if (!m) throw new UserError(`Không có cấp ủy viên số ${id}.`, 'not-found');
  const next = { ...m, ...clean(patch), ...(r === undefined ? {} : rating(m.year, r, patch.fullName ?? m.fullName)) } as Entry;
  db.transaction(() => {
    checkSecretary(db, m.year, m.unitId, next.role, id, getUnit(db, m.year, m.unitId)?.name ?? `Đơn vị #${m.unitId}`);
    updateCommitteeMember(db, next);
  })();
}

export function removeCommitteeMember(db: DB, id: number): void {
  if (!getCommitteeEntry(db, id)) throw new UserError(`Không có cấp ủy viên số ${id}.`, 'not-found');
  deleteCommitteeMember(db, id);
}

/**
 * Last year's committees as the start of a new year: the same people in the same roles for units
 * that still exist and have none entered yet. Training and ratings are the year's own, so not copied.
 */
export function copyCommittees(db: DB, fromYear: number, toYear: number): { copied: number; units: number; skippedUnits: number } {
  if (fromYear === toYear) throw new UserError('Năm chép đến phải khác năm chép từ.', 'usage');
  const target = new Set(listUnits(db, toYear).map((u) => u.id));
  if (target.size === 0) throw new UserError(`Năm ${toYear} chưa có cơ cấu tổ chức; hãy bắt đầu năm mới trước.`, 'year-empty');
  const source = committeeEntries(db, fromYear);
  if (source.length === 0) throw new UserError(`Năm ${fromYear} chưa có cấp ủy viên nào để chép.`, 'nothing');
  const already = new Set(committeeEntries(db, toYear).map((m) => m.unitId));
  const units = new Set<number>();
  const skipped = new Set<number>();
  let copied = 0;
  db.transaction(() => {
    for (const m of source) {
      if (!target.has(m.unitId) || already.has(m.unitId)) {
        skipped.add(m.unitId);
        continue;
      }
      const { id: _id, ...rest } = m;
      insertCommitteeMember(db, { ...rest, year: toYear, trained: false, ratingScale: null, ratingLevel: null });
      units.add(m.unitId);
      copied++;
    }
  })();
  return { copied, units: units.size, skippedUnits: skipped.size };
}

export const roleChoices = () =>
  Object.entries(ROLE_LABELS).map(([code, name]) => ({ code, name: code === 'member' ? 'Cấp ủy viên' : name }));

export interface CommitteeBatch {
  add: WithRating<Partial<EntryFields> & Pick<EntryFields, 'fullName' | 'role'> & { unitId: number }>[];
  update: WithRating<Partial<EntryFields> & { id: number }>[];
  remove: number[];
}

/**
 * A pasted block as one change: removals first (a secretary replaced by another is a removal and an
 * addition), then edits, then additions. Every refusal is collected, then nothing is kept.
 */
export function applyCommittee(
  db: DB,
  year: number,
  b: CommitteeBatch,
): { added: number; updated: number; removed: number; ids: number[] } {
  const errors: string[] = [];
  const ids: number[] = [];
  const attempt = (what: string, f: () => void) => {
    try {
      f();
    } catch (e) {
      if (e instanceof UserError) errors.push(`${what}: ${e.message}`);
      else throw e;
    }
  };
  const run = db.transaction(() => {
    b.remove.forEach((id, n) =>
      attempt(`Xóa mục ${n + 1}`, () => {
        const m = getCommitteeEntry(db, id);
        if (m && m.year !== year)
          throw new UserError(`Cấp ủy viên số ${id} thuộc năm ${m.year}, không phải năm ${year}.`, 'invalid-member');
        removeCommitteeMember(db, id);
      }),
    );
    b.update.forEach(({ id, ...patch }, n) =>
      attempt(`Sửa mục ${n + 1}`, () => {
        const m = getCommitteeEntry(db, id);
        if (m && m.year !== year)
          throw new UserError(`Cấp ủy viên số ${id} thuộc năm ${m.year}, không phải năm ${year}.`, 'invalid-member');
        editCommitteeMember(db, id, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
      }),
    );
    b.add.forEach(({ unitId, ...f }, n) =>
      attempt(`Thêm mục ${n + 1}`, () => {
        ids.push(addCommitteeMember(db, year, unitId, f));
      }),
    );
    if (errors.length)
      throw new UserError(`Chưa ghi cấp ủy viên năm ${year}:\n${errors.slice(0, 20).join('\n')}`, 'invalid-member', { errors });
  });
  run();
  return { added: b.add.length, updated: b.update.length, removed: b.remove.length, ids };
}
