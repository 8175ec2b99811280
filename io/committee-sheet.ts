/**
 * The "Cấp ủy viên" sheet: one row per committee member of a unit. The units it names get their
 * members of the year replaced as a whole; units it does not name keep theirs.
 */
import type { DB } from '../db/open.ts';
import { CELL_KINDS, EDUCATION_LEVELS, PROFESSIONAL_LEVELS, THEORY_LEVELS } from '../org/catalog.ts';
import { choiceWords, parseEducation, parseProfessional, parseRole, parseTheory, parseYesNo, ROLE_WORDS } from '../org/committee-words.ts';
import { EMPTY_FIELDS, type EntryFields } from '../org/committee-entry.ts';
import { foldForSearch, normalizeText } from '../format/vi.ts';
import { memberScaleFor } from '../org/ratings.ts';
import { acceptedLevels, parseLevel } from '../org/rating-words.ts';
import { columnLabel, Issues } from './issues.ts';
import { findHeaderRow, foldHeader, headerTexts } from './headers.ts';
import type { Table } from './table.ts';
import { cellText, parseCount } from './values.ts';
import { UnitMatcher } from './unit-match.ts';
import { sheetUnit } from './sheet-unit.ts';
import type { YearTree } from './year-tree.ts';

export const COMMITTEE_SHEET = 'Cấp ủy viên';
export const COMMITTEE_HEADERS = [
  'Mã chi bộ',
  'Họ và tên',
  'Chức vụ',
  'Giới tính',
  'Năm sinh',
  'Dân tộc',
  'Học vấn',
  'Chuyên môn',
  'Lý luận chính trị',
  'Đã bồi dưỡng',
] as const;

/**
 * Columns a sheet may add after the fixed ones (the template keeps exactly COMMITTEE_HEADERS): the
 * member's own rating and the secretary's concurrent roles. Absent, the stored values stay.
 */
export const OPTIONAL_COMMITTEE_HEADERS = [
  'Xếp loại',
  'Kiêm trưởng thôn',
  'Kiêm trưởng ban công tác Mặt trận',
  'Tham gia quản lý doanh nghiệp',
] as const;
export type OptionalField = 'rating' | 'villageHead' | 'frontHead' | 'managesEnterprise';
const OPTIONAL: OptionalField[] = ['rating', 'villageHead', 'frontHead', 'managesEnterprise'];

type Field =
  'code' | 'fullName' | 'role' | 'gender' | 'birthYear' | 'ethnicity' | 'education' | 'professional' | 'theory' | 'trained' | OptionalField;
const FIELDS: Field[] = ['code', 'fullName', 'role', 'gender', 'birthYear', 'ethnicity', 'education', 'professional', 'theory', 'trained'];
const BY_HEADER = new Map<string, Field>(COMMITTEE_HEADERS.map((h, i) => [foldHeader(h), FIELDS[i]!]));
OPTIONAL_COMMITTEE_HEADERS.forEach((h, i) => BY_HEADER.set(foldHeader(h), OPTIONAL[i]!));
for (const [h, f] of [
  ['ma don vi', 'code'],
  ['ho ten', 'fullName'],
  ['chuc danh', 'role'],
  ['trinh do hoc van', 'education'],
  ['trinh do chuyen mon', 'professional'],
  ['llct', 'theory'],
  ['truong thon', 'villageHead'],
  ['kiem truong thon to dan pho', 'villageHead'],
  ['truong ban cong tac mat tran', 'frontHead'],
  ['kiem truong ban mat tran', 'frontHead'],
  ['quan ly doanh nghiep', 'managesEnterprise'],
  ['xep loai cap uy vien', 'rating'],
] as const)
  BY_HEADER.set(h, f);

export interface CommitteeRow extends EntryFields {
  row: number;
  ratingScale: string | null;
  ratingLevel: string | null;
}
/** `present`: the optional columns the sheet has; only those overwrite what is stored. */
export interface CommitteePlan {
  issues: Issues;
  byUnit: Map<number, CommitteeRow[]>;
  present: Set<OptionalField>;
}

export function planCommittee(db: DB, table: Table, year: number, tree: YearTree): CommitteePlan {
  const issues = new Issues(table.sheet);
  const byUnit = new Map<number, CommitteeRow[]>();
  const present = new Set<OptionalField>();
  const h = findHeaderRow(table.rows, (f) => BY_HEADER.get(f), 3);
  if (h < 0) {
    issues.error(
      table.rows[0]?.row ?? 1,
      null,
      `Không tìm thấy dòng tiêu đề của trang "${COMMITTEE_SHEET}": cần các cột ${COMMITTEE_HEADERS.map((x) => `"${x}"`).join(', ')}.`,
    );
    return { issues, byUnit, present };
  }
  const headerRow = table.rows[h]!;
  const headers = headerTexts(headerRow);
  const cols = new Map<Field, number>();
  headers.forEach((t, i) => {
    const f = t ? BY_HEADER.get(foldHeader(t)) : undefined;
    if (t && !f) issues.warn(headerRow.row, columnLabel(i, t), `Cột "${t}" không nhận ra; bỏ qua.`);
    if (f && !cols.has(f)) cols.set(f, i);
  });
  for (const f of ['code', 'fullName', 'role'] as const)
    if (!cols.has(f)) issues.error(headerRow.row, null, `Thiếu cột "${COMMITTEE_HEADERS[FIELDS.indexOf(f)]}".`);
  if (!issues.ok) return { issues, byUnit, present };
  for (const f of OPTIONAL) if (cols.has(f)) present.add(f);
  const scale = memberScaleFor(year);
  const label = (f: Field) => columnLabel(cols.get(f) ?? 0, headers[cols.get(f) ?? 0]);
  const matcher = new UnitMatcher(tree.units);
  const secretaryRow = new Map<number, number>();
  for (const r of table.rows.slice(h + 1)) {
    const text = (f: Field) => (cols.has(f) ? cellText(r.cells[cols.get(f)!] ?? null) : null);
    const code = text('code');
    const fullName = text('fullName');
    if (!code && !fullName) {
      if (FIELDS.some((f) => text(f) !== null)) issues.error(r.row, label('code'), 'Dòng có thông tin nhưng thiếu mã chi bộ và họ tên.');
      continue;
    }
    if (!code) {
      issues.error(r.row, label('code'), `${fullName}: thiếu mã chi bộ (đơn vị của cấp ủy viên).`);
      continue;
    }
    if (!fullName) {
      issues.error(r.row, label('fullName'), `Dòng của đơn vị mã "${code}" thiếu họ và tên.`);
      continue;
    }
    const u = sheetUnit(db, matcher, tree.fromYear ?? year, code, null, issues, r.row, label('code'));
    if (!u) continue;
    if (u.kind === 'committee') {
      issues.error(
        r.row,
        label('code'),
        `"${u.name}" là cấp ủy cấp trên cơ sở; trang này ghi cấp ủy viên của tổ chức cơ sở đảng, đảng bộ bộ phận và chi bộ.`,
      );
      continue;
    }
    const roleText = text('role');
    const role = roleText ? parseRole(roleText) : undefined;
    if (!role) {
      issues.error(
        r.row,
        label('role'),
        `${fullName}: ${roleText ? `không hiểu chức vụ "${roleText}"` : 'thiếu chức vụ'}. Ghi một trong: ${ROLE_WORDS.join(', ')}.`,
      );
      continue;
    }
    if (role === 'secretary') {
      const first = secretaryRow.get(u.id);
      if (first !== undefined) {
        issues.error(
          r.row,
          label('role'),
          `${u.name} có hai bí thư (dòng ${first} và dòng ${r.row}); mỗi ${CELL_KINDS.includes(u.kind) ? 'chi bộ' : 'đảng bộ'} một bí thư.`,
        );
        continue;
      }
      secretaryRow.set(u.id, r.row);
    }
    const f: CommitteeRow = { ...EMPTY_FIELDS, fullName: normalizeText(fullName), role, row: r.row, ratingScale: null, ratingLevel: null };
    const gender = text('gender');
    if (gender !== null) {
      const g = ({ nam: 'nam', nu: 'nu' } as const)[foldForSearch(gender) as 'nam' | 'nu'] as 'nam' | 'nu' | undefined;
      if (!g) {
        issues.error(r.row, label('gender'), `${fullName}: giới tính "${gender}" không hiểu (ghi Nam hoặc Nữ).`);
        continue;
      }
      f.gender = g;
    }
    const birth = cols.has('birthYear') ? parseCount(r.cells[cols.get('birthYear')!] ?? null) : { ok: true as const, value: null };
    if (!birth.ok || (birth.value !== null && (birth.value < 1900 || birth.value > year))) {
      issues.error(r.row, label('birthYear'), `${fullName}: năm sinh "${text('birthYear')}" không hợp lệ (ghi năm, ví dụ 1975).`);
      continue;
    }
    f.birthYear = birth.value;
    f.ethnicity = text('ethnicity');
    const pick = <T>(field: Field, parse: (s: string) => T | undefined, words: string[]): T | null | undefined => {
      const t = text(field);
      if (t === null) return null;
      const v = parse(t);
      if (v === undefined) issues.error(r.row, label(field), `${fullName}: không hiểu "${t}". Ghi một trong: ${words.join(', ')}.`);
      return v;
    };
    const education = pick('education', parseEducation, choiceWords(EDUCATION_LEVELS));
    const professional = pick('professional', parseProfessional, choiceWords(PROFESSIONAL_LEVELS));
    const theory = pick('theory', parseTheory, choiceWords(THEORY_LEVELS));
    const trained = pick('trained', parseYesNo, ['"x" hoặc "Có" (đã bồi dưỡng)', 'để trống hoặc "Không"']);
    const yesNo = ['"x" hoặc "Có"', 'để trống hoặc "Không"'];
    const villageHead = pick('villageHead', parseYesNo, yesNo);
    const frontHead = pick('frontHead', parseYesNo, yesNo);
    const managesEnterprise = pick('managesEnterprise', parseYesNo, yesNo);
    const rating = pick('rating', (t) => parseLevel(t, scale), [acceptedLevels(scale)]);
    if ([education, professional, theory, trained, villageHead, frontHead, managesEnterprise, rating].includes(undefined)) continue;
    Object.assign(f, {
      education,
      professional,
      theory,
      trained: trained === true,
      villageHead,
      frontHead,
      managesEnterprise,
      ratingScale: rating ? scale : null,
      ratingLevel: rating ?? null,
    });
    const list = byUnit.get(u.id);
    if (list) list.push(f);
    else byUnit.set(u.id, [f]);
  }
  return { issues, byUnit, present };
}
