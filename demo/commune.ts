/**
 * DỮ LIỆU MẪU — the new xã Quốc Oai of the 2025 arrangement (Nghị quyết 1656/NQ-UBTVQH15, 16/6/2025:
 * the whole of xã Thạch Thán and xã Sài Sơn, most of thị trấn Quốc Oai and of xã Phượng Sơn, part
 * of xã Ngọc Mỹ), made the way an office would: derived from the district demo file, then
 * reorganized on 1/7/2025, with 2025 and 2026 figures and 2025 ratings scored under 366-QĐ/TW.
 *
 * Modelled, not sourced (said in the file's notes too): "Phượng Sơn" is not in the 2019 list, so it
 * is taken as the merger of Phượng Cách and Yên Sơn on 1/1/2025; which cells of the partial
 * communes went elsewhere, every figure of 2025–2026, and the scores are invented.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpoint, openDatabase, type DB } from '../db/open.ts';
import { listLineage, listUnits, listYears, type UnitRow } from '../db/units.ts';
import { indicatorValues, setFigure } from '../db/figures.ts';
import { setMemberRating, setScoredUnitRating } from '../db/ratings.ts';
import { createUnit, renameUnit, startYear } from '../org/operations.ts';
import { mergeInto, reorganize } from '../org/reorganize.ts';
import { checkScoreLevel, levelForScore, SCALE_366 } from '../org/ratings.ts';
import { deriveFile } from '../derive/derive.ts';
import { updateSettings } from '../settings/store.ts';
import { buildDemo } from './build.ts';
import { Random } from './random.ts';

/** The old communes, by their code in the district demo, and how many of their cells the new xã takes. */
export const COMMUNE_PARTS = [
  { code: 'QO.X19', name: 'Thạch Thán', keep: 'all' },
  { code: 'QO.X16', name: 'Sài Sơn', keep: 'all' },
  { code: 'QO.X01', name: 'Quốc Oai', keep: 'most' },
  { code: 'QO.X15', name: 'Phượng Cách', keep: 'most' },
  { code: 'QO.X21', name: 'Yên Sơn', keep: 'most' },
  { code: 'QO.X12', name: 'Ngọc Mỹ', keep: 'part' },
] as const;

export const COMMUNE_NAME = 'Đảng bộ xã Quốc Oai';
export const ARRANGED_ON = '2025-07-01';

export const COMMUNE_NOTES = [
  'Dữ liệu mẫu, không phải số liệu thật: Đảng bộ xã Quốc Oai theo Nghị quyết 1656/NQ-UBTVQH15 ngày 16/6/2025 (toàn bộ xã Thạch Thán, xã Sài Sơn; phần lớn thị trấn Quốc Oai và xã Phượng Sơn; một phần xã Ngọc Mỹ).',
  'Xã Phượng Sơn không có trong danh sách năm 2019; dữ liệu mẫu coi là sáp nhập xã Phượng Cách và xã Yên Sơn ngày 01/1/2025.',
  'Các chi bộ của thị trấn Quốc Oai, xã Phượng Sơn và xã Ngọc Mỹ chuyển về xã khác, mọi số liệu năm 2025–2026 và điểm xếp loại đều do chương trình tạo ra.',
];

/** Chooses the cells a partial commune gives away: the last villages, never the school. */
function leaving(cells: UnitRow[], keep: 'all' | 'most' | 'part'): Set<number> {
  const villages = cells.filter((c) => c.unitType === 'thon' || c.unitType === 'to-dan-pho');
  const n = keep === 'all' ? 0 : keep === 'most' ? 2 : villages.length - 3;
  return new Set(villages.slice(villages.length - n).map((c) => c.id));
}

/** Figures of a year for every cell: grown from the year before; new cells get their own. */
function fillFigures(db: DB, year: number, from: number, rnd: Random): void {
  const prev = indicatorValues(db, from, 'dang_vien');
  // A cell merged this year starts from the members of the cells it was made of.
  const mergedFrom = new Map<number, number[]>();
  for (const e of listLineage(db)) {
    if (e.year === year && e.kind === 'merge' && e.fromUnitId !== null && e.toUnitId !== null)
      mergedFrom.set(e.toUnitId, [...(mergedFrom.get(e.toUnitId) ?? []), e.fromUnitId]);
  }
  for (const u of listUnits(db, year)) {
    if (u.kind !== 'baseCell' && u.kind !== 'cell') continue;
    const parts = mergedFrom.get(u.id)?.map((id) => prev.get(id) ?? 0);
    const base = prev.get(u.id) ?? parts?.reduce((a, b) => a + b, 0);
    const v = base === undefined ? rnd.int(9, 24) : Math.max(3, Math.round(base * (1 + (rnd.next() * 0.06 - 0.01))));
    setFigure(db, year, u.id, 'dang_vien', v);
    setFigure(db, year, u.id, 'du_bi', Math.round(v * (0.01 + rnd.next() * 0.05)));
    setFigure(db, year, u.id, 'nu', Math.round(v * (0.25 + rnd.next() * 0.2)));
    setFigure(db, year, u.id, 'dan_toc_thieu_so', 0);
    setFigure(db, year, u.id, 'co_dao', rnd.chance(0.15) ? 1 : 0);
    setFigure(db, year, u.id, 'ket_nap_moi', rnd.chance(0.8) ? rnd.int(1, 3) : 0);
  }
}

/** 2025 ratings under 366-QĐ/TW: a score out of 100 for each chi bộ cơ sở, the level that score gives, and members by level. */
function rate2025(db: DB, rnd: Random): void {
  const members = indicatorValues(db, 2025, 'dang_vien');
  for (const u of listUnits(db, 2025)) {
    if (u.kind !== 'baseCell') continue;
    const r = rnd.next();
    const score = r < 0.18 ? rnd.int(9000, 9650) : r < 0.9 ? rnd.int(7000, 8999) : rnd.int(5600, 6999);
    const level = levelForScore(score);
    const wrong = checkScoreLevel(SCALE_366, score, level);
    if (wrong) throw new Error(wrong);
    setScoredUnitRating(db, 2025, u.id, SCALE_366, level, score);
    const rated = Math.max(0, (members.get(u.id) ?? 0) - rnd.int(0, 2));
    const xs = Math.floor(rated * (0.1 + rnd.next() * 0.05));
    const ht = Math.round(rated * (0.08 + rnd.next() * 0.05));
    const kht = rnd.chance(0.2) ? 1 : 0;
    const tot = Math.max(0, rated - xs - ht - kht);
    [
      ['htxs', xs],
      ['htt', tot],
      ['ht', ht],
      ['khtnv', kht],
    ].forEach(([l, n]) => setMemberRating(db, 2025, u.id, SCALE_366, l as string, n as number));
  }
}

/** The 2025 steps in the commune's own file: Phượng Sơn, then the arrangement of 1/7/2025, then the new cells. */
function arrange2025(db: DB): void {
  startYear(db, 2019, 2025);
  const units = () => listUnits(db, 2025);
  const byCode = (code: string) => units().find((u) => u.code === code)!;
  mergeInto(db, 2025, [byCode('QO.X15').id, byCode('QO.X21').id], { name: 'Đảng bộ xã Phượng Sơn', code: 'QO.PS', date: '2025-01-01' });

  const root = units().find((u) => u.parentId === null)!;
  const communes = [byCode('QO.X19'), byCode('QO.X16'), byCode('QO.X01'), byCode('QO.PS'), byCode('QO.X12')];
  const keepOf: Record<string, 'all' | 'most' | 'part'> = {
    'QO.X19': 'all',
    'QO.X16': 'all',
    'QO.X01': 'most',
    'QO.PS': 'most',
    'QO.X12': 'part',
  };
  const moves: { unitId: number; to: { open: number }; kind: 'baseCell' }[] = [];
  const gone: { unitId: number; note: string }[] = [];
  const placeOf = new Map<number, string>();
  for (const c of communes) {
    const place = c.name.replace(/^Đảng bộ /, '');
    const cells = units().filter((u) => u.parentId === c.id);
    const out = leaving(cells, keepOf[c.code]!);
    for (const cell of cells) {
      placeOf.set(cell.id, place);
      if (out.has(cell.id)) gone.push({ unitId: cell.id, note: `${cell.name} (${place}) chuyển về đảng bộ xã lân cận (dữ liệu mẫu)` });
      else moves.push({ unitId: cell.id, to: { open: 0 }, kind: 'baseCell' });
    }
  }
  reorganize(db, {
    year: 2025,
    date: ARRANGED_ON,
    kind: 'succession',
    summary: 'Kết thúc Đảng bộ huyện Quốc Oai và các đảng bộ xã, thị trấn cũ; thành lập Đảng bộ xã Quốc Oai (Nghị quyết 1656/NQ-UBTVQH15)',
    close: [root.id, ...communes.map((c) => c.id), ...gone.map((g) => g.unitId)],
    open: [{ name: COMMUNE_NAME, code: 'XQO', kind: 'committee', parent: null }],
    moves,
    leave: gone,
  });
  // Cell names told their commune only through their parent; under one committee the name must say it.
  for (const u of units()) {
    const place = placeOf.get(u.id);
    if (place) renameUnit(db, 2025, u.id, `${u.name} (${place} cũ)`);
  }
  const now = units();
  const newRoot = now.find((u) => u.parentId === null)!;
  // The military cells of the old communes become the one of the new xã (Quân sự xã).
  const military = now.filter((u) => u.unitType === 'quan-su');
  mergeInto(
    db,
    2025,
    military.map((u) => u.id),
    { name: 'Chi bộ Quân sự xã Quốc Oai', code: 'XQO.QS', date: ARRANGED_ON },
  );
  // Two villages of Sài Sơn merged (as many were in 2025).
  const ss = now.filter((u) => u.name === 'Chi bộ thôn 1 (xã Sài Sơn cũ)' || u.name === 'Chi bộ thôn 2 (xã Sài Sơn cũ)');
  mergeInto(
    db,
    2025,
    ss.map((u) => u.id),
    { name: 'Chi bộ thôn Sài Sơn 1-2', code: 'XQO.SS12', date: ARRANGED_ON },
  );
  // New grassroots organizations of the commune (Quy định 361-QĐ/TW): no past, so not in any restated year.
  createUnit(db, 2025, {
    code: 'XQO.CQ',
    name: 'Chi bộ Cơ quan Đảng - HĐND - MTTQ xã Quốc Oai',
    kind: 'baseCell',
    parentId: newRoot.id,
    sector: 'co-quan',
    unitType: 'co-quan',
  });
  createUnit(db, 2025, {
    code: 'XQO.UB',
    name: 'Chi bộ Cơ quan Ủy ban nhân dân xã Quốc Oai',
    kind: 'baseCell',
    parentId: newRoot.id,
    sector: 'co-quan',
    unitType: 'co-quan',
  });
  createUnit(db, 2025, {
    code: 'XQO.CA',
    name: 'Chi bộ Công an xã Quốc Oai',
    kind: 'baseCell',
    parentId: newRoot.id,
    sector: 'luc-luong-vu-trang',
    unitType: 'cong-an',
  });
}

/** Writes the commune demo file: derived from a district demo built in a temporary folder. */
export function buildCommuneDemo(out: string): { years: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'tochuc-demo-'));
  try {
    const districtPath = join(dir, 'huyen-quoc-oai.sqlite');
    const district = openDatabase(districtPath);
    buildDemo(district);
    deriveFile(district, districtPath, { codes: COMMUNE_PARTS.map((p) => p.code), as: COMMUNE_NAME, level: 'xa', out });
    district.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const db = openDatabase(out);
  try {
    db.transaction(() => {
      const rnd = new Random(2025);
      arrange2025(db);
      fillFigures(db, 2025, 2019, rnd);
      rate2025(db, rnd);
      startYear(db, 2025, 2026);
      fillFigures(db, 2026, 2025, rnd);
      updateSettings(db, {
        superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI',
        place: 'Quốc Oai',
        signers: [
          { name: 'Nguyễn Văn B', title: 'BÍ THƯ', authority: 'T/M BAN THƯỜNG VỤ' },
          { name: 'Trần Thị C', title: 'TRƯỞNG BAN', authority: '' },
        ],
        term: { name: '2025 - 2030', startYear: 2025, endYear: 2030 },
        terms: [{ name: '2025 - 2030', startYear: 2025, endYear: 2030 }],
        quota: { members: true, baseOrgs: true, cells: false },
        demo: true,
      });
    })();
    checkpoint(db);
    return { years: listYears(db) };
  } finally {
    db.close();
  }
}
