/**
 * The demo database: Đảng bộ huyện Quốc Oai, 2017–2019, built by code so it is the same everywhere.
 * 2019 reproduces the seed article; 2017 and 2018 are plausible and consistent, with a rename
 * (2018) and a merge (2019) so that comparisons must follow lineage.
 */
import type { DB } from '../db/open.ts';
import { listUnits } from '../db/units.ts';
import { setFigure } from '../db/figures.ts';
import { setMemberRating, setUnitRating } from '../db/ratings.ts';
import { insertCommitteeMember } from '../db/committee.ts';
import { createUnit, mergeUnits, renameUnit, startYear } from '../org/operations.ts';
import { memberScaleFor, RATING_LEVELS, unitScaleFor } from '../org/ratings.ts';
import type { Professional, Role, Theory } from '../org/catalog.ts';
import { updateSettings } from '../settings/store.ts';
import { UserError } from '../core/errors.ts';
import { distribute, Random } from './random.ts';
import * as Q from './quoc-oai.ts';
import { loadSeedPlan } from './seed-plan.ts';

/** What kind of cell it is, for the shape of its figures. */
type Profile = 'village' | 'commune-other' | 'agency' | 'enterprise' | 'base';

interface Cell {
  id: number;
  profile: Profile;
  commune?: string;
}

function townOrCommune(commune: string): string {
  return commune.startsWith('Thị trấn') ? `Đảng bộ thị trấn${commune.slice('Thị trấn'.length)}` : `Đảng bộ xã ${commune}`;
}

function buildTree(db: DB, year: number): Cell[] {
  const cells: Cell[] = [];
  const root = createUnit(db, year, { code: Q.COMMITTEE.code, name: Q.COMMITTEE.name, kind: 'committee', parentId: null });
  Q.COMMUNES.forEach((commune, i) => {
    const isTown = commune.startsWith('Thị trấn');
    const code = `${Q.COMMITTEE.code}.X${String(i + 1).padStart(2, '0')}`;
    const base = createUnit(db, year, {
      code,
      name: townOrCommune(commune),
      kind: 'baseCommittee',
      parentId: root,
      sector: 'xa-thi-tran',
    });
    const n = Q.COMMUNE_CELLS[i]!;
    const residential = isTown ? n - 2 + 1 : n - 2; // the town has one more residential cell before the 2019 merge
    for (let k = 1; k <= residential; k++) {
      const name = isTown ? `Chi bộ tổ dân phố ${k}` : `Chi bộ thôn ${k}`;
      const id = createUnit(db, year, {
        code: `${code}.${String(k).padStart(2, '0')}`,
        name,
        kind: 'cell',
        parentId: base,
        sector: 'xa-thi-tran',
        unitType: isTown ? 'to-dan-pho' : 'thon',
      });
      cells.push({ id, profile: 'village', commune });
    }
    const school = createUnit(db, year, {
      code: `${code}.TH`,
      name: 'Chi bộ Trường học',
      kind: 'cell',
      parentId: base,
      sector: 'xa-thi-tran',
      unitType: 'truong-hoc',
    });
    const military = createUnit(db, year, {
      code: `${code}.QS`,
      name: 'Chi bộ Quân sự',
      kind: 'cell',
      parentId: base,
      sector: 'xa-thi-tran',
      unitType: 'quan-su',
    });
    cells.push({ id: school, profile: 'commune-other', commune }, { id: military, profile: 'commune-other', commune });
  });
  Q.AGENCY_COMMITTEES.forEach((c, i) => {
    const code = `${Q.COMMITTEE.code}.K${i + 1}`;
    const base = createUnit(db, year, { code, name: c.name, kind: 'baseCommittee', parentId: root, sector: c.sector });
    c.cells.forEach((name, k) => {
      const type = c.sector === 'luc-luong-vu-trang' ? (c.name.includes('Công an') ? 'cong-an' : 'quan-su') : 'co-quan';
      const id = createUnit(db, year, {
        code: `${code}.${String(k + 1).padStart(2, '0')}`,
        name: `Chi bộ ${name}`,
        kind: 'cell',
        parentId: base,
        sector: c.sector,
        unitType: type,
      });
      cells.push({ id, profile: 'agency' });
    });
  });
  const ent = createUnit(db, year, {
    code: `${Q.COMMITTEE.code}.DN`,
    name: Q.ENTERPRISE_COMMITTEE.name,
    kind: 'baseCommittee',
    parentId: root,
    sector: 'doanh-nghiep',
  });
  Q.ENTERPRISE_COMMITTEE.cells.forEach((c, k) => {
    const id = createUnit(db, year, {
      code: `${Q.COMMITTEE.code}.DN.${String(k + 1).padStart(2, '0')}`,
      name: `Chi bộ ${c.name}`,
      kind: 'cell',
      parentId: ent,
      sector: 'doanh-nghiep',
      unitType: c.type,
    });
    cells.push({ id, profile: 'enterprise' });
  });
  Q.BASE_CELLS.forEach((c, k) => {
    const name = c.name === Q.RENAMED_FROM.name ? Q.RENAMED_FROM.before : c.name;
    const id = createUnit(db, year, {
      code: `${Q.COMMITTEE.code}.CB${String(k + 1).padStart(2, '0')}`,
      name,
      kind: 'baseCell',
      parentId: root,
      sector: c.sector,
      unitType: c.type,
    });
    cells.push({ id, profile: 'base' });
  });
  return cells;
}

const MEMBER_TOTALS: [Profile[], number][] = [
  [['village', 'commune-other'], Q.COMMUNE_MEMBERS],
  [['agency'], Q.AGENCY_MEMBERS],
  [['enterprise'], Q.ENTERPRISE_MEMBERS],
  [['base'], Q.BASE_CELL_MEMBERS],
];

const WEIGHT: Record<Profile, [number, number]> = {
  village: [18, 46],
  'commune-other': [7, 16],
  agency: [6, 16],
  enterprise: [5, 14],
  base: [12, 42],
};

/** 2019 members per cell: exact group totals of the seed, spread by seeded weights. */
function members2019(cells: Cell[], rnd: Random): Map<number, number> {
  const out = new Map<number, number>();
  for (const [profiles, total] of MEMBER_TOTALS) {
    const group = cells.filter((c) => profiles.includes(c.profile));
    const parts = distribute(
      total,
      group.map((c) => rnd.int(...WEIGHT[c.profile])),
    );
    group.forEach((c, i) => out.set(c.id, parts[i]!));
  }
  return out;
}

/** How good a profile's committee members are, by year: the plan's targets are near, some met, some not. */
const QUALITY: Record<
  Profile,
  { thpt: number; prof: number; profMin: Professional; theory: number; trained: number; good: number; unitGood: number; unitBest: number }
> = {
  village: { thpt: 0.93, prof: 0.6, profMin: 'trung_cap', theory: 0.66, trained: 0.96, good: 0.97, unitGood: 0.84, unitBest: 0.16 },
  'commune-other': { thpt: 1, prof: 0.9, profMin: 'dai_hoc', theory: 0.7, trained: 0.95, good: 0.98, unitGood: 0.9, unitBest: 0.2 },
  agency: { thpt: 1, prof: 0.96, profMin: 'dai_hoc', theory: 0.88, trained: 0.98, good: 0.99, unitGood: 0.97, unitBest: 0.86 },
  enterprise: { thpt: 0.95, prof: 0.8, profMin: 'trung_cap', theory: 0.5, trained: 0.9, good: 0.95, unitGood: 0.92, unitBest: 0.3 },
  base: { thpt: 1, prof: 0.95, profMin: 'dai_hoc', theory: 0.85, trained: 0.97, good: 0.98, unitGood: 0.94, unitBest: 0.35 },
};

const PROF_BELOW: Professional[] = ['none', 'so_cap'];
const PROF_ABOVE: Record<Professional, Professional[]> = {
  none: ['so_cap'],
  so_cap: ['so_cap'],
  trung_cap: ['trung_cap', 'cao_dang', 'dai_hoc'],
  cao_dang: ['cao_dang', 'dai_hoc'],
  dai_hoc: ['dai_hoc', 'dai_hoc', 'tren_dai_hoc'],
  tren_dai_hoc: ['tren_dai_hoc'],
};

function personName(rnd: Random, female: boolean): string {
  return `${rnd.pick(Q.FAMILY)} ${rnd.pick(female ? Q.MIDDLE_F : Q.MIDDLE_M)} ${rnd.pick(female ? Q.GIVEN_F : Q.GIVEN_M)}`;
}

function fillYear(db: DB, year: number, cells: Cell[], members: Map<number, number>, rnd: Random): void {
  const lag = (2019 - year) * 0.04; // earlier years a little weaker
  const uScale = unitScaleFor(year);
  const mScale = memberScaleFor(year);
  const uLevels = RATING_LEVELS[uScale]!.map((l) => l.code);
  const mLevels = RATING_LEVELS[mScale]!.map((l) => l.code);
  for (const c of cells) {
    const v = members.get(c.id)!;
    const q = QUALITY[c.profile];
    setFigure(db, year, c.id, 'dang_vien', v);
    setFigure(db, year, c.id, 'du_bi', Math.round(v * (0.01 + rnd.next() * 0.06)));
    setFigure(db, year, c.id, 'nu', Math.round(v * (0.2 + rnd.next() * 0.25)));
    const minority = c.commune === 'Đông Xuân' || c.commune === 'Phú Mãn' ? 0.1 + rnd.next() * 0.2 : rnd.chance(0.1) ? 0.03 : 0;
    setFigure(db, year, c.id, 'dan_toc_thieu_so', Math.round(v * minority));
    setFigure(
      db,
      year,
      c.id,
      'co_dao',
      Math.round(v * (c.commune === 'Ngọc Liệp' || c.commune === 'Phú Cát' ? 0.05 : rnd.chance(0.15) ? 0.02 : 0)),
    );
    const admitRate = c.profile === 'village' ? 0.93 - lag : c.profile === 'enterprise' ? 0.8 : 0.5;
    setFigure(db, year, c.id, 'ket_nap_moi', rnd.chance(admitRate) ? rnd.int(1, 3) : 0);

    // The cell's rating: best, good, or one of the two lower levels.
    const r = rnd.next();
    const uLevel = r < q.unitBest - lag ? uLevels[0]! : r < q.unitGood - lag ? uLevels[1]! : rnd.chance(0.85) ? uLevels[2]! : uLevels[3]!;
    setUnitRating(db, year, c.id, uScale, uLevel);

    // Members per rating: xuất sắc about a sixth of tốt, one commune over the 20% quota in 2019.
    const rated = Math.max(0, v - rnd.int(0, 2));
    const over = c.commune === 'Phượng Cách' && year === 2019;
    const xs = Math.round(rated * (over ? 0.2 : 0.1 + rnd.next() * 0.03));
    const kht = rnd.chance(0.3) ? 1 : 0;
    const ht = Math.round(rated * (0.1 + rnd.next() * 0.06));
    const tot = Math.max(0, rated - xs - ht - kht);
    [xs, tot, ht, kht].forEach((n, i) => setMemberRating(db, year, c.id, mScale, mLevels[i]!, n));

    // Committee members: bí thư and phó bí thư; a chi ủy of 3 or 5 where the cell is large enough.
    const roles: Role[] =
      v >= 30
        ? ['secretary', 'deputy', 'member', 'member', 'member']
        : v >= 9
          ? ['secretary', 'deputy', 'member']
          : ['secretary', 'deputy'];
    const people = new Random(c.id * 7919); // same names every year
    roles.forEach((role) => {
      const female = people.chance(0.3);
      const fullName = personName(people, female);
      const birthYear = 1960 + people.int(0, 30);
      const profOk = rnd.chance(q.prof - lag);
      const professional: Professional = profOk
        ? rnd.pick(PROF_ABOVE[q.profMin])
        : rnd.pick(q.profMin === 'dai_hoc' ? (['trung_cap', 'cao_dang'] as Professional[]) : PROF_BELOW);
      const theory: Theory = rnd.chance(q.theory - lag)
        ? rnd.pick(['trung_cap', 'trung_cap', 'cao_cap'] as Theory[])
        : rnd.pick(['none', 'so_cap'] as Theory[]);
      insertCommitteeMember(db, {
        year,
        unitId: c.id,
        fullName,
        role,
        birthYear,
        gender: female ? 'nu' : 'nam',
        education: rnd.chance(q.thpt - lag / 2) ? 'thpt' : 'thcs',
        professional,
        theory,
        trained: rnd.chance(q.trained - lag),
        managesEnterprise: c.profile === 'enterprise' && role === 'secretary' ? rnd.chance(0.84) : null,
        ratingScale: mScale,
        ratingLevel: rnd.chance(q.good - lag) ? (rnd.chance(0.2) ? mLevels[0]! : mLevels[1]!) : mLevels[2]!,
      });
    });
  }
  // The base organizations are rated too (đảng bộ cơ sở and chi bộ cơ sở).
  for (const u of listUnits(db, year)) {
    if (u.kind !== 'baseCommittee') continue;
    setUnitRating(db, year, u.id, uScale, rnd.chance(0.3) ? uLevels[0]! : rnd.chance(0.9) ? uLevels[1]! : uLevels[2]!);
  }
}

export function buildDemo(db: DB): void {
  if (listUnits(db, 2017).length + listUnits(db, 2018).length + listUnits(db, 2019).length > 0) {
    throw new UserError('Tệp dữ liệu đã có số liệu; dữ liệu mẫu chỉ nạp vào tệp trống.', 'not-empty');
  }
  db.transaction(() => {
    const rnd = new Random(2019);
    const cells2017 = buildTree(db, 2017);
    startYear(db, 2017, 2018);
    const renamed = listUnits(db, 2018).find((u) => u.name === Q.RENAMED_FROM.before)!;
    renameUnit(db, 2018, renamed.id, Q.RENAMED_FROM.name);
    startYear(db, 2018, 2019);
    const town = listUnits(db, 2019).find((u) => u.name === townOrCommune(Q.MERGED.commune))!;
    const sources = listUnits(db, 2019).filter((u) => u.parentId === town.id && Q.MERGED.sources.includes(u.name));
    const merged = mergeUnits(
      db,
      2019,
      sources.map((s) => s.id),
      { name: Q.MERGED.into, code: `${Q.COMMITTEE.code}.X01.NS` },
    );

    const sourceIds = sources.map((s) => s.id);
    const cells2019: Cell[] = [
      ...cells2017.filter((c) => !sourceIds.includes(c.id)),
      { id: merged, profile: 'village', commune: Q.MERGED.commune },
    ];

    const m19 = members2019(cells2019, rnd);
    // Earlier years: slightly fewer members; the merged cell's members come from its two sources.
    const m18 = new Map<number, number>();
    for (const c of cells2019) {
      const v = Math.round(m19.get(c.id)! * (0.95 + rnd.next() * 0.05));
      if (c.id === merged) {
        const a = Math.round(v * 0.55);
        m18.set(sourceIds[0]!, a);
        m18.set(sourceIds[1]!, v - a);
      } else m18.set(c.id, v);
    }
    const m17 = new Map([...m18].map(([id, v]) => [id, Math.round(v * (0.95 + rnd.next() * 0.05))]));
    fillYear(db, 2017, cells2017, m17, rnd);
    fillYear(db, 2018, cells2017, m18, rnd);
    fillYear(db, 2019, cells2019, m19, rnd);
    loadSeedPlan(db);

    updateSettings(db, {
      level: 'huyen',
      committeeName: 'Đảng bộ huyện Quốc Oai',
      shortName: 'Huyện ủy',
      advisoryBody: 'Ban Tổ chức Huyện ủy',
      issuingBody: 'HUYỆN ỦY QUỐC OAI',
      issuerCode: 'HU',
      superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI',
      place: 'Quốc Oai',
      signers: [
        { name: 'Nguyễn Văn Thọ', title: 'BÍ THƯ', authority: 'T/M BAN THƯỜNG VỤ' },
        { name: 'Nguyễn Văn A', title: 'PHÓ BÍ THƯ', authority: 'T/M BAN THƯỜNG VỤ' },
      ],
      term: { name: '2015 - 2020', startYear: 2015, endYear: 2020 },
      demo: true,
    });
  })();
}
