/**
 * A small organization built by hand, where every expected value below was worked out on paper:
 * the scale mapping across 2017/2019, the exact shares and shortfalls, the failing lists, the
 * plan period, and the 20% quota.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../db/open.ts';
import { createUnit } from '../../org/operations.ts';
import { setMemberRating, setUnitRating } from '../../db/ratings.ts';
import { setFigure } from '../../db/figures.ts';
import { insertCommitteeMember } from '../../db/committee.ts';
import { addTarget, createPlan } from '../../targets/plans.ts';
import { evaluatePlan } from '../../targets/evaluate.ts';
import { checkQuota, quotaAllowed } from '../../targets/quota.ts';
import { tempDir } from '../helpers/db.ts';

let db: DB;
const ids: Record<string, number> = {};

function build(year: number): void {
  const root = createUnit(db, year, { code: 'H', name: 'Đảng bộ huyện H', kind: 'committee', parentId: null });
  const xa = createUnit(db, year, { code: 'H.XA', name: 'Đảng bộ xã A', kind: 'baseCommittee', parentId: root, sector: 'xa-thi-tran' });
  for (let k = 1; k <= 5; k++)
    ids[`thon${k}`] = createUnit(db, year, {
      code: `H.XA.${k}`,
      name: `Chi bộ thôn ${k}`,
      kind: 'cell',
      parentId: xa,
      sector: 'xa-thi-tran',
      unitType: 'thon',
    });
  ids.truong = createUnit(db, year, {
    code: 'H.XA.TH',
    name: 'Chi bộ Trường học',
    kind: 'cell',
    parentId: xa,
    sector: 'xa-thi-tran',
    unitType: 'truong-hoc',
  });
  const khoi = createUnit(db, year, {
    code: 'H.K',
    name: 'Đảng bộ Khối cơ quan',
    kind: 'baseCommittee',
    parentId: root,
    sector: 'co-quan',
  });
  ids.cq1 = createUnit(db, year, {
    code: 'H.K.1',
    name: 'Chi bộ Phòng Nội vụ',
    kind: 'cell',
    parentId: khoi,
    sector: 'co-quan',
    unitType: 'co-quan',
  });
  ids.cq2 = createUnit(db, year, {
    code: 'H.K.2',
    name: 'Chi bộ Phòng Tư pháp',
    kind: 'cell',
    parentId: khoi,
    sector: 'co-quan',
    unitType: 'co-quan',
  });
  ids.toaan = createUnit(db, year, {
    code: 'H.TA',
    name: 'Chi bộ Tòa án',
    kind: 'baseCell',
    parentId: root,
    sector: 'co-quan',
    unitType: 'co-quan',
  });
  ids.congty = createUnit(db, year, {
    code: 'H.CT',
    name: 'Chi bộ Công ty X',
    kind: 'baseCell',
    parentId: root,
    sector: 'doanh-nghiep',
    unitType: 'doanh-nghiep-ngoai-nha-nuoc',
  });
  ids.xa = xa;
}

const member = (year: number, unitId: number, fullName: string, m: Partial<Parameters<typeof insertCommitteeMember>[1]>) =>
  insertCommitteeMember(db, {
    year,
    unitId,
    fullName,
    role: 'member',
    birthYear: 1970,
    gender: 'nam',
    education: 'thpt',
    professional: 'dai_hoc',
    theory: 'trung_cap',
    trained: true,
    managesEnterprise: null,
    ratingScale: year <= 2017 ? 'hd27-2014-dv' : 'qd132-2018',
    ratingLevel: 'htt',
    ...m,
  });

beforeAll(() => {
  db = openDatabase(join(tempDir(), 'hand.sqlite'));
  db.transaction(() => {
    // Unit ids are the same in both years: codes are unique, so create once and copy by hand.
    build(2019);
    for (const [y, rows] of [
      [
        2019,
        [
          ['thon1', 'htxs'],
          ['thon2', 'htt'],
          ['thon3', 'htt'],
          ['thon4', 'ht'],
        ],
      ],
      [
        2017,
        [
          ['thon1', 'tsvm'],
          ['thon2', 'tsvm'],
          ['thon3', 'htt'],
          ['thon4', 'yk'],
          ['thon5', 'ht'],
        ],
      ],
    ] as const) {
      for (const [u, level] of rows) setUnitRating(db, y, ids[u]!, y <= 2017 ? 'hd27-2014' : 'qd132-2018', level);
    }
    // 2017 needs the units too: same ids, same tree.
    db.prepare(
      'INSERT INTO unit_year (year, unit_id, name, kind, parent_id, sector, unit_type, sort) SELECT 2017, unit_id, name, kind, parent_id, sector, unit_type, sort FROM unit_year WHERE year = 2019',
    ).run();
    setFigure(db, 2019, ids.thon1!, 'ket_nap_moi', 2);
    setFigure(db, 2019, ids.thon2!, 'ket_nap_moi', 0);
    setFigure(db, 2019, ids.thon3!, 'ket_nap_moi', 1);
    setFigure(db, 2019, ids.thon5!, 'ket_nap_moi', 1); // thôn 4: no figure entered
    member(2019, ids.thon1!, 'Nguyễn Văn A', {
      role: 'secretary',
      education: 'thpt',
      professional: 'trung_cap',
      theory: 'trung_cap',
      trained: true,
      ratingLevel: 'htt',
    });
    member(2019, ids.thon1!, 'Trần Văn B', {
      education: 'thcs',
      professional: 'dai_hoc',
      theory: 'so_cap',
      trained: false,
      ratingLevel: 'ht',
    });
    member(2019, ids.thon1!, 'Lê Thị C', {
      education: 'thpt',
      professional: 'so_cap',
      theory: 'cao_cap',
      trained: true,
      ratingLevel: 'htxs',
    });
    member(2019, ids.congty!, 'Phạm Văn D', { role: 'secretary', managesEnterprise: true });
    // Quota: xã A 5 xuất sắc vs 20 tốt (max 4), Tòa án 2 vs 14 (max 2), Công ty X 3 vs 14 (max 2).
    setMemberRating(db, 2019, ids.thon1!, 'qd132-2018', 'htxs', 3);
    setMemberRating(db, 2019, ids.thon1!, 'qd132-2018', 'htt', 10);
    setMemberRating(db, 2019, ids.thon2!, 'qd132-2018', 'htxs', 2);
    setMemberRating(db, 2019, ids.thon2!, 'qd132-2018', 'htt', 10);
    setMemberRating(db, 2019, ids.toaan!, 'qd132-2018', 'htxs', 2);
    setMemberRating(db, 2019, ids.toaan!, 'qd132-2018', 'htt', 14);
    setMemberRating(db, 2019, ids.toaan!, 'qd132-2018', 'ht', 50);
    setMemberRating(db, 2019, ids.congty!, 'qd132-2018', 'htxs', 3);
    setMemberRating(db, 2019, ids.congty!, 'qd132-2018', 'htt', 14);
    setMemberRating(db, 2017, ids.thon1!, 'hd27-2014-dv', 'htxs', 1);
    setMemberRating(db, 2017, ids.thon1!, 'hd27-2014-dv', 'htt', 5);
  })();
});

describe('targets on a hand-built organization', () => {
  it('cells rated tốt or better: 3 of 5 thôn = 60%, 1 more needed for 80%, the unrated one fails', () => {
    const plan = createPlan(db, { name: 'Đề án thử', startYear: 2018, endYear: 2020 });
    addTarget(db, {
      planId: plan,
      label: '80% chi bộ thôn đạt HTT trở lên',
      scope: 'thon-tdp',
      measure: 'cell-rating',
      params: { atLeast: 'tot' },
      threshold: 80,
      due: 'everyYear',
    });
    const t = evaluatePlan(db, 2019, plan).targets[0]!;
    expect([t.part, t.whole, t.actual, t.met, t.shortfall, t.status]).toEqual([3, 5, 60, false, 1, 'notMet']);
    expect(t.failing.map((f) => [f.unit, f.parent, f.detail])).toEqual([
      ['Chi bộ thôn 4', 'Đảng bộ xã A', 'Hoàn thành nhiệm vụ'],
      ['Chi bộ thôn 5', 'Đảng bộ xã A', 'chưa có xếp loại'],
    ]);
    expect(t.text).toContain('cần thêm 1 chi bộ đạt hoàn thành tốt nhiệm vụ trở lên');
    // 2017 is outside 2018–2020: marked, not evaluated.
    const old = evaluatePlan(db, 2017, plan);
    expect(old.inPeriod).toBe(false);
    expect(old.targets[0]).toMatchObject({ status: 'outsidePeriod', actual: null, met: null, shortfall: null, failing: [] });
  });

  it('"trong sạch vững mạnh" is counted on each year\'s own scale through the mapping', () => {
    const plan = createPlan(db, { name: 'Đề án 2017–2019', startYear: 2017, endYear: 2019 });
    addTarget(db, {
      planId: plan,
      label: '40% chi bộ thôn đạt trong sạch vững mạnh',
      scope: 'thon-tdp',
      measure: 'cell-rating',
      params: { atLeast: 'xuat-sac' },
      threshold: 40,
      due: 'everyYear',
    });
    const y17 = evaluatePlan(db, 2017, plan).targets[0]!; // tsvm: thôn 1, 2
    const y19 = evaluatePlan(db, 2019, plan).targets[0]!; // htxs: thôn 1
    expect([y17.part, y17.whole, y17.met]).toEqual([2, 5, true]);
    expect([y19.part, y19.whole, y19.met, y19.shortfall]).toEqual([1, 5, false, 1]);
    expect(y17.failing.map((f) => f.detail)).toEqual(['Hoàn thành tốt nhiệm vụ', 'Yếu kém', 'Hoàn thành nhiệm vụ']);
  });

  it('admissions, committee qualifications, training, ratings and secretaries', () => {
    const plan = createPlan(db, { name: 'Đề án 3', startYear: 2019, endYear: 2020 });
    const add = (measure: string, params: Record<string, unknown>, threshold: number, scope = 'thon-tdp', dueYear?: number) =>
      addTarget(db, { planId: plan, label: measure, scope, measure, params, threshold, due: dueYear ? 'byYear' : 'everyYear', dueYear });
    add('cell-admitted', {}, 100);
    add('committee-qualification', { professional: 'trung_cap', theory: 'trung_cap' }, 70, 'thon-tdp', 2020);
    add('committee-qualification', { education: 'thpt' }, 100, 'thon-tdp', 2019);
    add('committee-trained', {}, 100);
    add('committee-rating', { atLeast: 'tot' }, 100);
    add('secretary-manages-enterprise', {}, 100, 'dn-ngoai-nha-nuoc', 2020);
    add('cell-rating', {}, 100, 'co-quan');
    add('committee-trained', {}, 100, 'co-quan');
    const r = evaluatePlan(db, 2019, plan).targets;
    const row = (i: number) => [r[i]!.part, r[i]!.whole, r[i]!.met, r[i]!.shortfall, r[i]!.status];
    expect(row(0)).toEqual([3, 5, false, 2, 'notMet']); // thôn 2 admitted 0, thôn 4 no figure
    expect(r[0]!.failing.map((f) => f.detail)).toEqual(['kết nạp 0 đảng viên', 'chưa nhập số kết nạp']);
    expect(row(1)).toEqual([1, 3, false, 2, 'progress']); // only A has both ≥ trung cấp; 70% of 3 = 2,1 → 3
    expect(r[1]!.actual).toBeCloseTo(100 / 3, 12);
    expect(r[1]!.failing.map((f) => [f.member, f.detail])).toEqual([
      ['Trần Văn B', 'lý luận chính trị Sơ cấp'],
      ['Lê Thị C', 'chuyên môn Sơ cấp'],
    ]);
    expect(row(2)).toEqual([2, 3, false, 1, 'notMet']); // due 2019 = this year: judged
    expect(row(3)).toEqual([2, 3, false, 1, 'notMet']);
    expect(row(4)).toEqual([2, 3, false, 1, 'notMet']); // htt, htxs pass; ht fails
    expect(row(5)).toEqual([1, 1, true, 0, 'progress']); // the base cell of a private company counts
    expect(row(6)).toEqual([0, 2, false, 2, 'notMet']); // unrated agency cells count, and fail
    expect(r[6]!.failing.map((f) => f.detail)).toEqual(['chưa có xếp loại', 'chưa có xếp loại']);
    expect(row(7)).toEqual([null, null, null, null, 'noData']); // no committee member recorded in the agency cells
    expect(r[7]!.text).toContain('không có cấp ủy viên nào thuộc phạm vi "Chi bộ cơ quan"');
  });

  it('the 20% quota per tổ chức cơ sở đảng, hand-computed', () => {
    expect([quotaAllowed(20), quotaAllowed(14), quotaAllowed(4), quotaAllowed(5)]).toEqual([4, 2, 0, 1]);
    const q = checkQuota(db, 2019);
    expect(q.orgs.map((o) => [o.unit, o.excellent, o.good, o.allowed, o.excess, o.ok])).toEqual([
      ['Đảng bộ xã A', 5, 20, 4, 1, false],
      ['Chi bộ Tòa án', 2, 14, 2, 0, true],
      ['Chi bộ Công ty X', 3, 14, 2, 1, false],
    ]);
    expect(q.violations.map((o) => o.unit)).toEqual(['Đảng bộ xã A', 'Chi bộ Công ty X']);
    expect(q.orgs[0]!.cells.map((c) => [c.unit, c.excellent, c.good])).toEqual([
      ['Chi bộ thôn 1', 3, 10],
      ['Chi bộ thôn 2', 2, 10],
    ]);
    expect(checkQuota(db, 2017).violations).toEqual([]); // 1 of 5 on the old member scale: within 20%
    expect(checkQuota(db, 2017).rule).toContain('27-HD/BTCTW');
  });
});
