/**
 * A member list for the cells of a year, in the columns of the lists offices receive, agreeing
 * with the year's figures: as many members as đảng viên, that many women, probationary members,
 * ethnic minorities, believers and admissions. Imported through data.importMembers, it rebuilds
 * those figures from the list as a user's import would. Not real people.
 */
import type { DB } from '../db/open.ts';
import { listUnits, type UnitRow } from '../db/units.ts';
import { figuresForYear } from '../db/figures.ts';
import { CELL_KINDS } from '../org/catalog.ts';
import { Random } from '../demo/random.ts';
import { personName } from './names.ts';

export const LIST_HEADERS = [
  'Mã chi bộ',
  'Số thẻ đảng viên',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Tôn giáo',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Trình độ học vấn',
  'Trình độ chuyên môn',
  'Lý luận chính trị',
];

const PROFESSIONAL = ['Đại học', 'Đại học', 'Trung cấp', 'Cao đẳng', 'Thạc sĩ', ''];
const THEORY = ['Sơ cấp', 'Sơ cấp', 'Trung cấp', 'Cao cấp', ''];
const two = (n: number) => String(n).padStart(2, '0');

/** Cells of the year that hold members, split into lists of at most `maxRows` members, whole cells each. */
export function listChunks(db: DB, year: number, maxRows: number): { cells: UnitRow[]; rows: number }[] {
  const members = new Map(
    figuresForYear(db, year)
      .filter((f) => f.indicator === 'dang_vien')
      .map((f) => [f.unitId, f.value]),
  );
  const chunks: { cells: UnitRow[]; rows: number }[] = [];
  let cur = { cells: [] as UnitRow[], rows: 0 };
  for (const u of listUnits(db, year)) {
    const v = members.get(u.id) ?? 0;
    if (!CELL_KINDS.includes(u.kind) || v === 0) continue;
    if (cur.rows + v > maxRows && cur.cells.length > 0) {
      chunks.push(cur);
      cur = { cells: [], rows: 0 };
    }
    cur.cells.push(u);
    cur.rows += v;
  }
  if (cur.cells.length > 0) chunks.push(cur);
  return chunks;
}

export function* memberRows(db: DB, year: number, cells: UnitRow[], seed: number): Generator<(string | number)[]> {
  const fig = new Map<number, Map<string, number>>();
  for (const f of figuresForYear(db, year)) {
    let m = fig.get(f.unitId);
    if (!m) fig.set(f.unitId, (m = new Map()));
    m.set(f.indicator, f.value);
  }
  for (const cell of cells) {
    const f = fig.get(cell.id) ?? new Map<string, number>();
    const get = (k: string) => f.get(k) ?? 0;
    const v = get('dang_vien');
    const rnd = new Random(seed * 100_003 + cell.id);
    // The first `admitted` joined this year; the rest of the probationary late last year; everyone else earlier.
    const admitted = get('ket_nap_moi'),
      probationary = Math.max(get('du_bi'), admitted);
    for (let i = 0; i < v; i++) {
      const female = i < get('nu');
      const birthYear = year - rnd.int(20, 88);
      const joinYear = i < admitted ? year : i < probationary ? year - 1 : Math.min(year - 2, birthYear + rnd.int(18, 40));
      const jm = i < probationary && i >= admitted ? rnd.int(7, 12) : rnd.int(1, 12);
      const jd = rnd.int(1, 28);
      const joined = `${two(jd)}/${two(jm)}/${joinYear}`;
      yield [
        cell.code,
        `${String(cell.id).padStart(6, '0')}${two(i % 100)}${i >= 100 ? i : ''}`,
        personName(rnd, female),
        `${two(rnd.int(1, 28))}/${two(rnd.int(1, 12))}/${birthYear}`,
        female ? 'Nữ' : 'Nam',
        // Counted from the end so they do not all fall on the women or the probationary.
        v - 1 - i < get('dan_toc_thieu_so') ? rnd.pick(['Mường', 'Tày', 'Thái', 'Dao', "H'Mông"]) : 'Kinh',
        v - 1 - i < get('co_dao') ? rnd.pick(['Công giáo', 'Phật giáo']) : 'Không',
        joined,
        i < probationary ? '' : `${two(jd)}/${two(jm)}/${joinYear + 1}`,
        rnd.chance(0.9) ? '12/12' : '9/12',
        rnd.pick(PROFESSIONAL),
        rnd.pick(THEORY),
      ];
    }
  }
}
