/** Vietnamese-looking names for places, units and people: seeded, so every run names things the same. */
import { core } from '../io/unit-match.ts';
import type { Random } from '../demo/random.ts';
import { foldForSearch } from '../format/vi.ts';
import { FAMILY, GIVEN_F, GIVEN_M, MIDDLE_F, MIDDLE_M } from '../demo/quoc-oai.ts';

const SYLLABLES = [
  'An',
  'Bình',
  'Cẩm',
  'Đông',
  'Hòa',
  'Hưng',
  'Lạc',
  'Long',
  'Minh',
  'Phú',
  'Phúc',
  'Quang',
  'Sơn',
  'Tân',
  'Thạch',
  'Thanh',
  'Thịnh',
  'Thuận',
  'Tiến',
  'Trung',
  'Vĩnh',
  'Xuân',
  'Yên',
  'Hồng',
  'Đại',
  'Hợp',
  'Nghĩa',
  'Đồng',
  'Kim',
  'Mỹ',
  'Ngọc',
  'Cát',
];

export function placeName(rnd: Random): string {
  const a = rnd.pick(SYLLABLES);
  let b = rnd.pick(SYLLABLES);
  while (b === a) b = rnd.pick(SYLLABLES);
  return `${a} ${b}`;
}

export function personName(rnd: Random, female: boolean): string {
  return `${rnd.pick(FAMILY)} ${rnd.pick(female ? MIDDLE_F : MIDDLE_M)} ${rnd.pick(female ? GIVEN_F : GIVEN_M)}`;
}

const AGENCIES = [
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Xây dựng',
  'Sở Tư pháp',
  'Thanh tra',
  'Văn phòng',
  'Ban Quản lý dự án',
  'Kho bạc',
  'Chi cục Thuế',
  'Bảo hiểm xã hội',
];
const ENTERPRISES = ['Công ty Cổ phần', 'Công ty TNHH', 'Hợp tác xã', 'Quỹ Tín dụng nhân dân', 'Công ty TNHH MTV'];
const TRADES = ['Xây dựng', 'May', 'Cơ khí', 'Môi trường', 'Dược phẩm', 'Vật liệu', 'Thực phẩm', 'Nông nghiệp', 'Vận tải', 'Thương mại'];

/** The name a cell of a given unit type gets; `k` numbers villages and residential groups. */
export function cellName(rnd: Random, unitType: string, k: number): string {
  switch (unitType) {
    case 'thon':
      return `Chi bộ thôn ${placeName(rnd)}`;
    case 'to-dan-pho':
      return `Chi bộ tổ dân phố số ${k}`;
    case 'truong-hoc':
      return `Chi bộ Trường ${rnd.pick(['Mầm non', 'Tiểu học', 'THCS', 'THPT'])} ${placeName(rnd)}`;
    case 'y-te':
      return `Chi bộ ${rnd.pick(['Trạm Y tế', 'Bệnh viện', 'Trung tâm Y tế'])} ${placeName(rnd)}`;
    case 'quan-su':
      return `Chi bộ Quân sự ${k}`;
    case 'cong-an':
      return `Chi bộ Công an ${k}`;
    case 'co-quan':
      return `Chi bộ ${rnd.pick(AGENCIES)} ${k}`;
    case 'su-nghiep':
      return `Chi bộ Trung tâm ${placeName(rnd)}`;
    default:
      return `Chi bộ ${rnd.pick(ENTERPRISES)} ${rnd.pick(TRADES)} ${placeName(rnd)}`;
  }
}

/**
 * The name, or the name with a number, so that no two cells of one base organization (and no two
 * base organizations) share a name as member lists match them: ignoring case and diacritics
 * ("thôn Đông Vĩnh" and "thôn Đồng Vĩnh" are one name to a search).
 */
export function unique(taken: Set<string>, name: string): string {
  let n = name;
  for (let k = 2; nameKeys(n).some((key) => taken.has(key)); k++) n = `${name} ${k}`;
  for (const key of nameKeys(n)) taken.add(key);
  return n;
}

/** The keys a member list's unit matching files a name under: whole, and without "Chi bộ / Đảng bộ xã …". */
export function nameKeys(name: string): string[] {
  return [foldForSearch(name), `~${core(name)}`];
}
