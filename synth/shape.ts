/**
 * The first year's organization of a synthetic province, created unit by unit through org/operations
 * (the path of units.create): one root, base organizations of every sector, partial committees
 * in the large ones, and cells under them.
 */
import type { DB } from '../db/open.ts';
import type { Random } from '../demo/random.ts';
import { distribute } from '../demo/random.ts';
import { createUnit } from '../org/operations.ts';
import { cellName, placeName, unique } from './names.ts';
import { drawPlace, drawTraits, type Traits } from './traits.ts';

/** Shares of the base committees by sector, and how many cells each tends to have. */
const COMMITTEE_SECTORS: { sector: string; share: number; cells: [number, number] }[] = [
  { sector: 'xa-thi-tran', share: 0.46, cells: [14, 30] },
  { sector: 'phuong', share: 0.1, cells: [12, 26] },
  { sector: 'co-quan', share: 0.2, cells: [5, 22] },
  { sector: 'doanh-nghiep', share: 0.12, cells: [3, 16] },
  { sector: 'su-nghiep', share: 0.07, cells: [4, 14] },
  { sector: 'luc-luong-vu-trang', share: 0.05, cells: [6, 22] },
];
const BASE_CELL_SECTORS: [string, string][] = [
  ['co-quan', 'co-quan'],
  ['co-quan', 'co-quan'],
  ['su-nghiep', 'truong-hoc'],
  ['su-nghiep', 'y-te'],
  ['su-nghiep', 'su-nghiep'],
  ['doanh-nghiep', 'doanh-nghiep-nha-nuoc'],
  ['doanh-nghiep', 'doanh-nghiep-ngoai-nha-nuoc'],
];

/** The unit type of a cell by the sector of its base committee. */
export function cellType(rnd: Random, sector: string, lawEnforcement: boolean): string {
  const r = rnd.next();
  switch (sector) {
    case 'xa-thi-tran':
      return r < 0.8 ? 'thon' : r < 0.88 ? 'truong-hoc' : r < 0.91 ? 'y-te' : r < 0.96 ? 'quan-su' : 'cong-an';
    case 'phuong':
      return r < 0.8 ? 'to-dan-pho' : r < 0.88 ? 'truong-hoc' : r < 0.91 ? 'y-te' : r < 0.96 ? 'quan-su' : 'cong-an';
    case 'co-quan':
      return 'co-quan';
    case 'doanh-nghiep':
      return r < 0.3 ? 'doanh-nghiep-nha-nuoc' : 'doanh-nghiep-ngoai-nha-nuoc';
    case 'su-nghiep':
      return r < 0.5 ? 'truong-hoc' : r < 0.8 ? 'y-te' : 'su-nghiep';
    default:
      return lawEnforcement ? 'cong-an' : 'quan-su';
  }
}

export interface BuiltShape {
  rootId: number;
  traits: Map<number, Traits>;
}

export function buildFirstYear(db: DB, year: number, units: number, rnd: Random, onUnit: (n: number) => void): BuiltShape {
  const traits = new Map<number, Traits>();
  const nBase = Math.max(2, Math.round(units * 0.06));
  const nCommittees = Math.max(1, Math.round(nBase * 0.75));
  const nBaseCells = nBase - nCommittees;
  const nSub = Math.round(units * 0.015);
  const nCells = units - 1 - nBase - nSub;
  let made = 0;
  const made1 = (id: number) => {
    onUnit(++made);
    return id;
  };

  const rootId = made1(createUnit(db, year, { code: 'T', name: 'Đảng bộ tỉnh (dữ liệu tổng hợp)', kind: 'committee', parentId: null }));

  // Which sector each base committee is in, and its weight for the share of cells.
  const committees = Array.from({ length: nCommittees }, (_, i) => {
    let r = rnd.next();
    const s = COMMITTEE_SECTORS.find((x) => (r -= x.share) < 0) ?? COMMITTEE_SECTORS[0]!;
    return { i, sector: s.sector, lawEnforcement: s.sector === 'luc-luong-vu-trang' && rnd.chance(0.5), weight: rnd.int(...s.cells) };
  });
  const cellsPer = distribute(
    nCells,
    committees.map((c) => c.weight),
  );
  // Partial committees go to the largest non-commune committees, as in big agencies and enterprises.
  const subsPer = new Map<number, number>();
  const bySize = committees
    .filter((c) => !['xa-thi-tran', 'phuong'].includes(c.sector))
    .sort((a, b) => cellsPer[b.i]! - cellsPer[a.i]! || a.i - b.i);
  for (let k = 0; k < nSub && bySize.length > 0; k++) {
    const c = bySize[k % Math.max(1, Math.min(bySize.length, Math.ceil(nSub / 3)))]!;
    subsPer.set(c.i, (subsPer.get(c.i) ?? 0) + 1);
  }

  const baseNames = new Set<string>();
  for (const c of committees) {
    const place = drawPlace(rnd);
    const names = new Set<string>();
    const code = `T.B${String(c.i + 1).padStart(4, '0')}`;
    const label =
      c.sector === 'xa-thi-tran'
        ? `Đảng bộ xã ${placeName(rnd)}`
        : c.sector === 'phuong'
          ? `Đảng bộ phường ${placeName(rnd)}`
          : c.sector === 'luc-luong-vu-trang'
            ? `Đảng bộ ${c.lawEnforcement ? 'Công an' : 'Quân sự'} ${placeName(rnd)}`
            : c.sector === 'doanh-nghiep'
              ? `Đảng bộ Tổng công ty ${placeName(rnd)}`
              : c.sector === 'su-nghiep'
                ? `Đảng bộ Trường Đại học ${placeName(rnd)}`
                : `Đảng bộ Khối cơ quan ${placeName(rnd)}`;
    const baseId = made1(
      createUnit(db, year, { code, name: unique(baseNames, label), kind: 'baseCommittee', parentId: rootId, sector: c.sector }),
    );
    traits.set(baseId, drawTraits(rnd, 'base', place));
    const parents = [baseId];
    for (let s = 1; s <= (subsPer.get(c.i) ?? 0); s++) {
      const id = made1(
        createUnit(db, year, {
          code: `${code}.S${String(s).padStart(2, '0')}`,
          name: unique(names, `Đảng bộ bộ phận ${placeName(rnd)}`),
          kind: 'subCommittee',
          parentId: baseId,
          sector: c.sector,
        }),
      );
      traits.set(id, drawTraits(rnd, 'base', place));
      parents.push(id);
    }
    for (let k = 1; k <= cellsPer[c.i]!; k++) {
      // With partial committees, the committee keeps a few cells directly and the rest go under the parts.
      const parentId = parents.length === 1 || k % 4 === 0 ? baseId : parents[1 + (k % (parents.length - 1))]!;
      const type = cellType(rnd, c.sector, c.lawEnforcement);
      const id = made1(
        createUnit(db, year, {
          code: `${code}.${String(k).padStart(3, '0')}`,
          name: unique(names, cellName(rnd, type, k)),
          kind: 'cell',
          parentId,
          sector: c.sector,
          unitType: type,
        }),
      );
      traits.set(id, drawTraits(rnd, type, place));
    }
  }
  for (let i = 0; i < nBaseCells; i++) {
    const [sector, type] = rnd.pick(BASE_CELL_SECTORS);
    const id = made1(
      createUnit(db, year, {
        code: `T.C${String(i + 1).padStart(4, '0')}`,
        name: unique(baseNames, cellName(rnd, type, i + 1).replace('Chi bộ', 'Chi bộ cơ sở')),
        kind: 'baseCell',
        parentId: rootId,
        sector,
        unitType: type,
      }),
    );
    traits.set(id, drawTraits(rnd, 'base', drawPlace(rnd)));
  }
  return { rootId, traits };
}
