/** The commune demo: xã Quốc Oai of the 2025 arrangement, derived from the district demo, compared 2019 → 2026 on today's basis. */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { copyFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { checkpoint, openDatabase, type DB } from '../../db/open.ts';
import { lineageOf, listUnits, listYears } from '../../db/units.ts';
import { indicatorValues } from '../../db/figures.ts';
import { OrgTree } from '../../org/tree.ts';
import { checkScoreLevel, SCALE_366 } from '../../org/ratings.ts';
import { compare } from '../../stats/compare.ts';
import { restateYear } from '../../stats/restate.ts';
import { getSettings } from '../../settings/store.ts';
import { buildCommuneDemo, COMMUNE_PARTS } from '../../demo/commune.ts';
import { openDemo, tempDir } from '../helpers/db.ts';
import { addTarget, createPlan } from '../../targets/plans.ts';
import { evaluatePlan } from '../../targets/evaluate.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;

let path: string;
let db: DB;
/** The file for a command in another process: a copy, since this process holds it open for writing (db/lock.ts). */
const cliCopy = () => {
  checkpoint(db);
  const copy = join(tempDir(), 'cli.sqlite');
  copyFileSync(path, copy);
  return copy;
};
beforeAll(() => {
  path = join(tempDir(), 'xa-quoc-oai.sqlite');
  expect(buildCommuneDemo(path).years).toEqual([2017, 2018, 2019, 2025, 2026]);
  db = openDatabase(path);
});

describe('commune demo (xã Quốc Oai, 2025 arrangement)', () => {
  it('is marked as demo data with the commune profile', () => {
    expect(getSettings(db)).toMatchObject({
      level: 'xa',
      committeeName: 'Đảng bộ xã Quốc Oai',
      shortName: 'Đảng ủy xã',
      advisoryBody: 'Ban Xây dựng Đảng',
      demo: true,
    });
    expect(listYears(db)).toEqual([2017, 2018, 2019, 2025, 2026]);
  });

  it('keeps 2019 exactly as the district file has it for the six old communes', () => {
    const district = openDemo();
    const dTree = new OrgTree(listUnits(district, 2019));
    const dm = dTree.rollup(indicatorValues(district, 2019, 'dang_vien'));
    const expected = COMMUNE_PARTS.reduce((s, p) => s + dm.get(dTree.units.find((u) => u.code === p.code)!.id)!, 0);
    const tree = new OrgTree(listUnits(db, 2019));
    const m = tree.rollup(indicatorValues(db, 2019, 'dang_vien'));
    expect(m.get(tree.units.find((u) => u.parentId === null)!.id)).toBe(expected);
    // On today's basis: the cells that stayed, plus those that went to other communes, make the whole 2019.
    const r = restateYear(db, 2019, 2026);
    const restated = r.data.members.get(listUnits(db, 2026).find((u) => u.parentId === null)!.id)!;
    expect(restated + r.dropped.members).toBe(expected);
    expect(r.dropped.units).toBe(10);
    district.close();
  });

  it('rates 2025 under 366-QĐ/TW with scores that agree with their levels', () => {
    const rows = db.prepare('SELECT scale, level, score_centi AS score FROM unit_rating WHERE year = 2025').all() as {
      scale: string;
      level: string;
      score: number;
    }[];
    expect(rows.length).toBe(listUnits(db, 2025).filter((u) => u.kind === 'baseCell').length);
    for (const r of rows) {
      expect(r.scale).toBe(SCALE_366);
      expect(checkScoreLevel(r.scale, r.score, r.level)).toBeNull();
    }
  });

  it('judges a plan written in the old words ("trong sạch vững mạnh", "tốt trở lên") on 2025 ratings under 366 through the mapping', () => {
    const planId = createPlan(db, { name: 'Đề án thử nghiệm 2025–2026', startYear: 2025, endYear: 2026 });
    const scope = {
      label: 'Chi bộ thôn, tổ dân phố (chi bộ cơ sở)',
      anyOf: [{ kind: ['baseCell' as const], unitType: ['thon', 'to-dan-pho'] }],
    };
    addTarget(db, {
      planId,
      label: '90% chi bộ thôn, tổ dân phố hoàn thành tốt nhiệm vụ trở lên',
      scope,
      measure: 'cell-rating',
      params: { atLeast: 'tot' },
      threshold: 90,
      due: 'everyYear',
    });
    addTarget(db, {
      planId,
      label: '15% chi bộ thôn, tổ dân phố đạt trong sạch vững mạnh',
      scope,
      measure: 'cell-rating',
      params: { atLeast: 'xuat-sac' },
      threshold: 15,
      due: 'everyYear',
    });
    const rows = db
      .prepare(
        `SELECT r.level FROM unit_rating r JOIN unit_year y ON y.year = r.year AND y.unit_id = r.unit_id
      WHERE r.year = 2025 AND y.kind = 'baseCell' AND y.unit_type IN ('thon', 'to-dan-pho')`,
      )
      .all() as { level: string }[];
    const [good, best] = evaluatePlan(db, 2025, planId).targets;
    expect(good!.whole).toBe(rows.length);
    expect(good!.part).toBe(rows.filter((r) => r.level === 'htxs' || r.level === 'htt').length);
    expect(best!.part).toBe(rows.filter((r) => r.level === 'htxs').length);
    expect(best!.met).toBe(best!.part! * 100 >= 15 * rows.length);
  });

  it("shows the arrangement in a cell's history and compares 2019 → 2026 on today's basis", async () => {
    const cell = listUnits(db, 2026).find((u) => u.name === 'Chi bộ thôn 3 (xã Thạch Thán cũ)')!;
    expect(lineageOf(db, cell.id).map((e) => [e.kind, e.date])).toContainEqual(['upgrade', '2025-07-01']);
    const c = compare(db, [2019, 2026], 'nhom-chi-bo', {}, 'today');
    // A commune's cells are grouped by the commune's own kinds (thôn, tổ dân phố, …); the groups cover every member.
    expect(c.rows.reduce((sum, r) => sum + (r.values[0]?.members ?? 0), 0)).toBe(c.totals[0]!.members);
    const row = c.rows.find((x) => x.label === 'Chi bộ thôn')!;
    expect(row.changedIn).toEqual([2025]);
    expect(c.notes.join(' ')).toContain('Năm 2019: 10 chi bộ');
    const out = (
      await run(process.execPath, [bin, 'compare', '--db', cliCopy(), '--years', '2019,2026', '--basis', 'today'], { encoding: 'utf8' })
    ).stdout;
    expect(out).toContain('Theo cơ cấu tổ chức năm 2026');
    expect(out).toMatch(new RegExp(`Chi bộ thôn\\s+${row.values[0]!.units}\\s+${row.values[0]!.members.toLocaleString('vi-VN')}`));
  });
});
