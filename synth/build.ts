/**
 * A synthetic province (issue 8): deterministic for a seed, realistic in shape, written through the
 * same org/ and db/ functions the API handlers use, so that what the benchmarks measure is what a
 * user's file would hold.
 */
import type { DB } from '../db/open.ts';
import { listUnits } from '../db/units.ts';
import { startYear } from '../org/operations.ts';
import { updateSettings } from '../settings/store.ts';
import { UserError } from '../core/errors.ts';
import { Random } from '../demo/random.ts';
import { checkOptions, type SynthOptions } from './options.ts';
import { buildFirstYear } from './shape.ts';
import { reorganize, type YearChanges } from './reorganize.ts';
import { fillYear, type YearCounts } from './figures.ts';
import { loadProvincePlan } from './plan.ts';

export interface SynthYear extends YearCounts {
  year: number;
  changes: YearChanges | null;
}
export interface SynthSummary {
  years: SynthYear[];
  unitsFirstYear: number;
  membersLastYear: number;
}

/** Members of a year: growing about 1,5% a year to the requested total in the last year. */
export function membersOfYear(o: SynthOptions, year: number): number {
  return Math.round(o.members * (1 - 0.015 * (o.lastYear - year)));
}

export function buildProvince(db: DB, options: SynthOptions, progress: (done: number, text: string) => void = () => {}): SynthSummary {
  const o = checkOptions(options);
  const first = o.lastYear - o.years + 1;
  if (listUnits(db, first).length > 0)
    throw new UserError('Tệp dữ liệu đã có cơ cấu tổ chức; dữ liệu tổng hợp chỉ nạp vào tệp trống.', 'not-empty');
  const rnd = new Random(o.seed);
  // The tree is a tenth of the work, each year's figures the rest.
  const step = (k: number, part: number) => 0.1 + (0.9 * (k + part)) / o.years;

  const { traits } = db.transaction(() =>
    buildFirstYear(db, first, o.units, rnd, (n) => {
      if (n % 2500 === 0) progress((0.1 * n) / o.units, `Năm ${first}: đã tạo ${n} đơn vị`);
    }),
  )();
  const years: SynthYear[] = [];
  for (let k = 0; k < o.years; k++) {
    const year = first + k;
    const changes = db.transaction(() => {
      if (k === 0) return null;
      startYear(db, year - 1, year);
      return reorganize(db, year, rnd, traits);
    })();
    progress(step(k, 0.1), `Năm ${year}: cơ cấu tổ chức`);
    const counts = db.transaction(() => fillYear(db, year, membersOfYear(o, year), rnd, traits, o.lastYear))();
    progress(step(k, 1), `Năm ${year}: số liệu, xếp loại, cấp ủy viên`);
    years.push({ year, changes, ...counts });
  }
  loadProvincePlan(db, first, o.lastYear);
  updateSettings(db, {
    level: 'tinh',
    committeeName: 'Đảng bộ tỉnh (dữ liệu tổng hợp)',
    shortName: 'Tỉnh ủy',
    advisoryBody: 'Ban Tổ chức Tỉnh ủy',
    issuingBody: 'TỈNH ỦY',
    issuerCode: 'TU',
    superiorBody: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    // Documents need a place and a signer before they are drafted: synthetic ones, like the rest of the file.
    place: 'Tỉnh lỵ',
    signers: [{ name: 'Người ký (dữ liệu tổng hợp)', title: 'BÍ THƯ', authority: 'T/M BAN THƯỜNG VỤ' }],
  });
  return { years, unitsFirstYear: years[0]?.units ?? 0, membersLastYear: membersOfYear(o, o.lastYear) };
}
