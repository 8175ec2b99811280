/**
 * One year's figures, ratings and committee members, written with the db/ functions the API
 * handlers use (figures.set, ratings, committee members). Members are counted in leaf units.
 */
import type { DB } from '../db/open.ts';
import { Random, distribute } from '../demo/random.ts';
import { listUnits } from '../db/units.ts';
import { setFigure } from '../db/figures.ts';
import { setMemberRating, setUnitRating } from '../db/ratings.ts';
import { insertCommitteeMember } from '../db/committee.ts';
import { BASE_ORG_KINDS } from '../org/catalog.ts';
import { memberScaleFor, RATING_LEVELS, unitScaleFor } from '../org/ratings.ts';
import type { Professional, Role, Theory } from '../org/catalog.ts';
import { personName } from './names.ts';
import type { Traits } from './traits.ts';

const NEUTRAL: Traits = { weight: 10, minority: 0, religion: 0, quality: 0.7 };

export interface YearCounts {
  units: number;
  leaves: number;
  members: number;
  committeeMembers: number;
}

export function fillYear(db: DB, year: number, total: number, rnd: Random, traits: Map<number, Traits>, lastYear: number): YearCounts {
  const units = listUnits(db, year);
  const parents = new Set(units.map((u) => u.parentId));
  const leaves = units.filter((u) => u.parentId !== null && !parents.has(u.id));
  const lag = (lastYear - year) * 0.012; // earlier years a little weaker, so plans show progress
  // Each cell's size drifts a little from year to year around its weight.
  const members = distribute(
    total,
    leaves.map((u) => (traits.get(u.id) ?? NEUTRAL).weight * (0.9 + rnd.next() * 0.2)),
  );
  const uScale = unitScaleFor(year);
  const mScale = memberScaleFor(year);
  const uLevels = RATING_LEVELS[uScale]!.map((l) => l.code);
  const mLevels = RATING_LEVELS[mScale]!.map((l) => l.code);
  let committeeMembers = 0;

  leaves.forEach((u, i) => {
    const t = traits.get(u.id) ?? NEUTRAL;
    const v = members[i]!;
    setFigure(db, year, u.id, 'dang_vien', v);
    setFigure(db, year, u.id, 'du_bi', Math.round(v * (0.01 + rnd.next() * 0.06)));
    setFigure(
      db,
      year,
      u.id,
      'nu',
      Math.round(v * (0.2 + rnd.next() * 0.25 + (u.unitType === 'truong-hoc' || u.unitType === 'y-te' ? 0.25 : 0))),
    );
    setFigure(db, year, u.id, 'dan_toc_thieu_so', Math.min(v, Math.round(v * t.minority)));
    setFigure(db, year, u.id, 'co_dao', Math.min(v, Math.round(v * t.religion)));
    setFigure(db, year, u.id, 'ket_nap_moi', rnd.chance(0.75 - lag) ? rnd.int(1, v > 40 ? 4 : 2) : 0);

    const r = rnd.next();
    const best = 0.1 + 0.25 * t.quality - lag,
      good = 0.6 + 0.35 * t.quality - lag;
    setUnitRating(db, year, u.id, uScale, r < best ? uLevels[0]! : r < good ? uLevels[1]! : rnd.chance(0.9) ? uLevels[2]! : uLevels[3]!);

    const rated = Math.max(0, v - rnd.int(0, 2));
    const xs = Math.round(rated * (0.08 + rnd.next() * 0.07));
    const kht = rnd.chance(0.25) && rated > 5 ? 1 : 0;
    const ht = Math.round(rated * (0.08 + rnd.next() * 0.1));
    const tot = Math.max(0, rated - xs - ht - kht);
    [xs, tot, ht, kht].forEach((n, k) => setMemberRating(db, year, u.id, mScale, mLevels[k]!, n));

    const roles: Role[] =
      v >= 30
        ? ['secretary', 'deputy', 'member', 'member', 'member']
        : v >= 9
          ? ['secretary', 'deputy', 'member']
          : ['secretary', 'deputy'];
    const people = new Random(u.id * 7919); // the same people serve year after year
    for (const role of roles) {
      const female = people.chance(0.3);
      const fullName = personName(people, female);
      const birthYear = 1960 + people.int(0, 32);
      const q = t.quality - lag;
      const professional: Professional = rnd.chance(0.35 + 0.6 * q)
        ? rnd.pick(['trung_cap', 'cao_dang', 'dai_hoc', 'dai_hoc', 'tren_dai_hoc'] as Professional[])
        : rnd.pick(['none', 'so_cap'] as Professional[]);
      const theory: Theory = rnd.chance(0.3 + 0.6 * q)
        ? rnd.pick(['trung_cap', 'trung_cap', 'cao_cap', 'cu_nhan'] as Theory[])
        : rnd.pick(['none', 'so_cap'] as Theory[]);
      insertCommitteeMember(db, {
        year,
        unitId: u.id,
        fullName,
        role,
        birthYear,
        gender: female ? 'nu' : 'nam',
        education: rnd.chance(0.85 + 0.15 * q) ? 'thpt' : 'thcs',
        professional,
        theory,
        trained: rnd.chance(0.8 + 0.2 * q),
        managesEnterprise: u.sector === 'doanh-nghiep' && role === 'secretary' ? rnd.chance(0.8) : null,
        ratingScale: mScale,
        ratingLevel: rnd.chance(0.9 + 0.1 * q - lag) ? (rnd.chance(0.2) ? mLevels[0]! : mLevels[1]!) : mLevels[2]!,
      });
      committeeMembers++;
    }
  });
  // Base organizations are rated too.
  for (const u of units) {
    if (!BASE_ORG_KINDS.includes(u.kind) || !parents.has(u.id)) continue;
    const q = (traits.get(u.id) ?? NEUTRAL).quality - lag;
    setUnitRating(db, year, u.id, uScale, rnd.chance(0.1 + 0.3 * q) ? uLevels[0]! : rnd.chance(0.92) ? uLevels[1]! : uLevels[2]!);
  }
  return { units: units.length, leaves: leaves.length, members: total, committeeMembers };
}
