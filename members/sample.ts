/**
 * A plausible member list for the cells of a year, made by a seeded generator: what the central
 * member-database software exports, for trying the import and for measuring it. Not real people.
 */
import type { DB } from '../db/open.ts';
import { CELL_KINDS } from '../org/catalog.ts';
import { OrgTree } from '../org/tree.ts';
import { distribute, Random } from '../demo/random.ts';
import { indicatorValues } from '../db/figures.ts';
import { yearTree } from '../io/year-tree.ts';

export const SAMPLE_HEADERS = [
  'STT',
  'Số thẻ đảng viên',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Tôn giáo',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Chi bộ',
  'Đảng bộ cơ sở',
  'Trình độ học vấn',
  'Trình độ chuyên môn',
  'Lý luận chính trị',
];

const HO = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Kiều', 'Khuất'];
const DEM_NAM = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Công', 'Thanh'];
const DEM_NU = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Hồng'];
const TEN_NAM = ['Hùng', 'Dũng', 'Tuấn', 'Hải', 'Long', 'Nam', 'Sơn', 'Thắng', 'Cường', 'Quân', 'Trung', 'Bình', 'Khánh', 'Phong'];
const TEN_NU = ['Lan', 'Hương', 'Hoa', 'Mai', 'Hạnh', 'Thảo', 'Hà', 'Linh', 'Nga', 'Yến', 'Phương', 'Trang', 'Huyền', 'Loan'];
const DAN_TOC = ['Mường', 'Tày', 'Thái', 'Dao'];
const TON_GIAO = ['Công giáo', 'Phật giáo'];
const HOC_VAN = ['12/12', '12/12', '12/12', '10/10', '9/12'];
const CHUYEN_MON = ['Đại học', 'Đại học', 'Trung cấp', 'Cao đẳng', 'Thạc sĩ', ''];
const LLCT = ['Sơ cấp', 'Sơ cấp', 'Trung cấp', 'Cao cấp', ''];

const two = (n: number) => String(n).padStart(2, '0');

export interface SampleOptions {
  count: number;
  seed?: number;
  dateAsText?: boolean;
}

/** Rows in SAMPLE_HEADERS order; cells are spread over all leaf cells of the year's tree. */
export function* sampleMemberRows(db: DB, year: number, opts: SampleOptions): Generator<(string | number | Date)[]> {
  const rnd = new Random(opts.seed ?? 2019);
  const { units } = yearTree(db, year);
  const tree = new OrgTree(units);
  const cells = units.filter((u) => CELL_KINDS.includes(u.kind) && tree.isLeaf(u.id));
  // Members go where the year's figures say they are, so a list of the demo's size matches its counts.
  const entered = fromYearFigures(
    db,
    year,
    cells.map((c) => c.id),
  );
  const perCell = distribute(opts.count, entered.some((v) => v > 0) ? entered.map((v) => Math.max(v, 0)) : cells.map(() => 1));
  const slots = cells.flatMap((c, k) => Array.from({ length: perCell[k]! }, () => c));
  const date = (y: number, m: number, d: number): string | Date =>
    (opts.dateAsText ?? true) ? `${two(d)}/${two(m)}/${y}` : new Date(Date.UTC(y, m - 1, d));
  for (let i = 0; i < opts.count; i++) {
    const cell = slots[i]!;
    const base = tree.baseOrgOf(cell.id);
    const female = rnd.chance(0.35);
    const name = `${rnd.pick(HO)} ${rnd.pick(female ? DEM_NU : DEM_NAM)} ${rnd.pick(female ? TEN_NU : TEN_NAM)}`;
    const birthYear = year - rnd.int(20, 92);
    const joinYear = Math.min(year, birthYear + rnd.int(18, 40));
    const jm = rnd.int(1, 12);
    const jd = rnd.int(1, 28);
    const probationary = joinYear === year || (joinYear === year - 1 && jm > 6);
    yield [
      // Card numbers keep namesakes born the same day apart, as in the central database's exports.
      i + 1,
      `01${String(i + 1).padStart(6, '0')}`,
      name,
      date(birthYear, rnd.int(1, 12), rnd.int(1, 28)),
      female ? 'Nữ' : 'Nam',
      rnd.chance(0.02) ? rnd.pick(DAN_TOC) : 'Kinh',
      rnd.chance(0.04) ? rnd.pick(TON_GIAO) : 'Không',
      date(joinYear, jm, jd),
      probationary ? '' : date(joinYear + 1, jm, jd),
      cell.name,
      base && base.id !== cell.id ? base.name : '',
      rnd.pick(HOC_VAN),
      rnd.pick(CHUYEN_MON),
      rnd.pick(LLCT),
    ];
  }
}

function fromYearFigures(db: DB, year: number, ids: number[]): number[] {
  const v = indicatorValues(db, year, 'dang_vien');
  return ids.map((id) => v.get(id) ?? 0);
}
