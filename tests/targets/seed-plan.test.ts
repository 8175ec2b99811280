/**
 * The seed's plan in the demo: every target of the article is there, and each 2019 result is
 * recounted here from the raw rows with SQL written independently of the targets module.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { DB } from '../../db/open.ts';
import { evaluatePlan, FAILING_SHOWN, failingOf, type TargetResult } from '../../targets/evaluate.ts';
import { targetsTable } from '../../targets/table.ts';
import { breakdown } from '../../stats/breakdown.ts';
import { openDemo } from '../helpers/db.ts';

const seed = readFileSync(new URL('../fixtures/seed-quoc-oai.txt', import.meta.url), 'utf8').replace(/\s+/g, ' ');

const SCOPE_SQL = {
  thon: `SELECT y.unit_id FROM unit_year y WHERE y.year = :year AND y.kind = 'cell' AND y.unit_type IN ('thon', 'to-dan-pho')`,
  coquan: `SELECT y.unit_id FROM unit_year y JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
           WHERE y.year = :year AND y.kind = 'cell' AND p.kind = 'baseCommittee' AND p.sector IN ('co-quan', 'su-nghiep', 'luc-luong-vu-trang')`,
  dn: `SELECT y.unit_id FROM unit_year y WHERE y.year = :year AND y.kind IN ('cell', 'baseCell') AND y.unit_type = 'doanh-nghiep-ngoai-nha-nuoc'`,
};
type ScopeKey = keyof typeof SCOPE_SQL;

const GOOD_UNIT = `EXISTS (SELECT 1 FROM unit_rating r WHERE r.year = :year AND r.unit_id = c.unit_id AND r.level IN ('tsvm', 'htxs', 'htt'))`;
const BEST_UNIT = `EXISTS (SELECT 1 FROM unit_rating r WHERE r.year = :year AND r.unit_id = c.unit_id AND r.level IN ('tsvm', 'htxs'))`;
const ADMITTED = `EXISTS (SELECT 1 FROM figure f WHERE f.year = :year AND f.unit_id = c.unit_id AND f.indicator = 'ket_nap_moi' AND f.value >= 1)`;
const TC_PROF = `m.professional IN ('trung_cap', 'cao_dang', 'dai_hoc', 'tren_dai_hoc')`;
const TC_THEORY = `m.theory IN ('trung_cap', 'cao_cap', 'cu_nhan')`;

/** Target by target, in the article's order: the phrase it quotes, its scope, what is counted, the threshold and due year. */
const EXPECTED: {
  phrase: string;
  scope: ScopeKey;
  of: 'cells' | 'members' | 'secretaries';
  pass: string;
  threshold: number;
  by: number | null;
}[] = [
  {
    phrase: '100% đội ngũ cấp ủy chi bộ hoàn thành tốt nhiệm vụ trở lên',
    scope: 'thon',
    of: 'members',
    pass: `m.rating_level IN ('htxs', 'htt')`,
    threshold: 100,
    by: null,
  },
  { phrase: '80% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên', scope: 'thon', of: 'cells', pass: GOOD_UNIT, threshold: 80, by: null },
  { phrase: '100% các chi bộ đều kết nạp được đảng viên', scope: 'thon', of: 'cells', pass: ADMITTED, threshold: 100, by: null },
  {
    phrase: '100% đội ngũ cấp ủy chi bộ được bồi dưỡng về chuyên môn nghiệp vụ, các kỹ năng về công tác Đảng và lý luận chính trị',
    scope: 'thon',
    of: 'members',
    pass: 'm.trained = 1',
    threshold: 100,
    by: null,
  },
  {
    phrase: '100% cấp ủy viên chi bộ có trình độ học vấn THPT',
    scope: 'thon',
    of: 'members',
    pass: `m.education = 'thpt'`,
    threshold: 100,
    by: 2020,
  },
  {
    phrase: '70% có trình độ chuyên môn và trình độ lý luận chính trị từ trung cấp trở lên',
    scope: 'thon',
    of: 'members',
    pass: `${TC_PROF} AND ${TC_THEORY}`,
    threshold: 70,
    by: 2020,
  },
  { phrase: '90% chi bộ đạt trong sạch vững mạnh', scope: 'coquan', of: 'cells', pass: BEST_UNIT, threshold: 90, by: null },
  { phrase: 'các chi bộ còn lại đạt hoàn thành tốt nhiệm vụ', scope: 'coquan', of: 'cells', pass: GOOD_UNIT, threshold: 100, by: null },
  {
    phrase: '100% đội ngũ cấp ủy chi bộ được bồi dưỡng về chuyên môn nghiệp vụ',
    scope: 'coquan',
    of: 'members',
    pass: 'm.trained = 1',
    threshold: 100,
    by: null,
  },
  {
    phrase: '100% cấp ủy viên chi bộ có trình độ học vấn THPT',
    scope: 'coquan',
    of: 'members',
    pass: `m.education = 'thpt'`,
    threshold: 100,
    by: 2019,
  },
  {
    phrase: 'trình độ chuyên môn từ đại học trở lên',
    scope: 'coquan',
    of: 'members',
    pass: `m.professional IN ('dai_hoc', 'tren_dai_hoc')`,
    threshold: 100,
    by: 2019,
  },
  { phrase: 'trình độ lý luận chính trị từ trung cấp trở lên', scope: 'coquan', of: 'members', pass: TC_THEORY, threshold: 100, by: 2019 },
  { phrase: '100% các chi bộ đạt hoàn thành tốt nhiệm vụ trở lên', scope: 'dn', of: 'cells', pass: GOOD_UNIT, threshold: 100, by: null },
  { phrase: 'kết nạp được đảng viên', scope: 'dn', of: 'cells', pass: ADMITTED, threshold: 100, by: null },
  { phrase: '100% đội ngũ cấp ủy chi bộ được bồi dưỡng', scope: 'dn', of: 'members', pass: 'm.trained = 1', threshold: 100, by: null },
  {
    phrase: '100% cấp ủy viên chi bộ có trình độ học vấn THPT',
    scope: 'dn',
    of: 'members',
    pass: `m.education = 'thpt'`,
    threshold: 100,
    by: 2020,
  },
  { phrase: '80% có trình độ chuyên môn từ trung cấp trở lên', scope: 'dn', of: 'members', pass: TC_PROF, threshold: 80, by: 2020 },
  {
    phrase: '100% bí thư chi bộ tham gia công tác quản lý doanh',
    scope: 'dn',
    of: 'secretaries',
    pass: 'm.manages_enterprise = 1',
    threshold: 100,
    by: 2020,
  },
];

/** Items in scope with whether each passes, straight from the tables. */
function recount(db: DB, year: number, e: (typeof EXPECTED)[number]): { key: string; ok: boolean }[] {
  const scope = SCOPE_SQL[e.scope];
  const sql =
    e.of === 'cells'
      ? `SELECT c.unit_id AS unitId, NULL AS name, (${e.pass}) AS ok FROM (${scope}) c`
      : `SELECT m.unit_id AS unitId, m.full_name AS name, coalesce((${e.pass}), 0) AS ok FROM committee_member m
         WHERE m.year = :year AND m.unit_id IN (${scope}) ${e.of === 'secretaries' ? `AND m.role = 'secretary'` : ''}`;
  return (db.prepare(sql).all({ year }) as { unitId: number; name: string | null; ok: number }[]).map((r) => ({
    key: `${r.unitId}|${r.name ?? ''}`,
    ok: r.ok === 1,
  }));
}

let db: DB;
let r2019: ReturnType<typeof evaluatePlan>;
beforeAll(() => {
  db = openDemo();
  r2019 = evaluatePlan(db, 2019);
});

describe('the seed plan in the demo', () => {
  it('is one plan, 2019–2020, with the 18 targets of the article worded as in it', () => {
    expect(r2019.plan).toMatchObject({ id: 1, startYear: 2019, endYear: 2020 });
    expect(r2019.plan.name).toContain('chi bộ trực thuộc đảng bộ cơ sở huyện Quốc Oai');
    expect(r2019.targets).toHaveLength(EXPECTED.length);
    r2019.targets.forEach((t, i) => {
      const e = EXPECTED[i]!;
      expect(seed.toLowerCase()).toContain(e.phrase.toLowerCase());
      expect(t.label.toLowerCase()).toContain(e.phrase.toLowerCase());
      expect(t.threshold).toBe(e.threshold);
      expect(t.due).toBe(e.by === null ? 'everyYear' : 'byYear');
      expect(t.dueYear).toBe(e.by);
    });
    expect(r2019.targets.map((t) => t.scope)).toEqual(
      EXPECTED.map(
        (e) => ({ thon: 'Chi bộ thôn, tổ dân phố', coquan: 'Chi bộ cơ quan', dn: 'Chi bộ doanh nghiệp ngoài khu vực nhà nước' })[e.scope],
      ),
    );
  });

  it('2019: every actual value, verdict, shortfall and failing list matches a recount from the raw rows', () => {
    r2019.targets.forEach((t: TargetResult, i) => {
      const e = EXPECTED[i]!;
      const items = recount(db, 2019, e);
      const part = items.filter((x) => x.ok).length;
      const whole = items.length;
      expect(whole, t.label).toBeGreaterThan(0);
      let k = 0;
      while ((part + k) * 100 < e.threshold * whole) k++;
      const met = part * 100 >= e.threshold * whole;
      expect([t.part, t.whole, t.met, t.shortfall], t.label).toEqual([part, whole, met, k]);
      expect(t.actual).toBe((part * 100) / whole);
      expect(t.status).toBe(e.by !== null && 2019 < e.by ? 'progress' : met ? 'met' : 'notMet');
      // The evaluation shows the first failing items; the drill-down pages through all of them.
      const all = failingOf(db, 1, t.id, 2019, 0, 1_000_000);
      expect([all.total, t.failingTotal], t.label).toEqual([whole - part, whole - part]);
      expect(t.failing, t.label).toEqual(all.items.slice(0, FAILING_SHOWN));
      const failing = all.items.map((f) => `${f.unitId}|${f.member ?? ''}`).sort();
      expect(failing, t.label).toEqual(
        items
          .filter((x) => !x.ok)
          .map((x) => x.key)
          .sort(),
      );
    });
  });

  it('the failing lists read page by page are the whole list, in order, whatever the page size', () => {
    const long = r2019.targets.filter((t) => t.failingTotal > FAILING_SHOWN);
    expect(long.length).toBeGreaterThan(0); // some lists are longer than the evaluation shows
    for (const t of r2019.targets) {
      const all = failingOf(db, 1, t.id, 2019, 0, 1_000_000).items;
      for (const size of [1, 7, 50]) {
        const pages = [];
        for (let offset = 0; offset < all.length + size; offset += size) pages.push(...failingOf(db, 1, t.id, 2019, offset, size).items);
        expect(pages, `${t.label}, trang ${size}`).toEqual(all);
      }
    }
    expect(() => failingOf(db, 1, 9999, 2019, 0, 10)).toThrow(/không có chỉ tiêu số 9999/);
    expect(failingOf(db, 1, r2019.targets[0]!.id, 2017, 0, 10)).toMatchObject({ total: 0, items: [] }); // before the plan
  });

  it('the scopes hold 179 thôn/tổ dân phố cells, the 45 agency cells of the article and 10 private-enterprise cells', () => {
    const cells = (i: number) => r2019.targets[i]!.whole;
    expect([cells(1), cells(6), cells(12)]).toEqual([179, 45, 10]);
    // The đề án's "chi bộ cơ quan" are the article's 45 cells under the agency committees.
    expect(breakdown(db, 2019).rows.map((x) => [x.units, x.members])).toEqual([
      [221, 6067],
      [45, 474],
      [12, 114],
      [18, 446],
    ]);
  });

  it('2017 and 2018 lie before the plan: marked, not evaluated', () => {
    for (const y of [2017, 2018]) {
      const r = evaluatePlan(db, y);
      expect(r.inPeriod).toBe(false);
      for (const t of r.targets)
        expect(t).toMatchObject({
          status: 'outsidePeriod',
          actual: null,
          met: null,
          shortfall: null,
          part: null,
          whole: null,
          failing: [],
          failingTotal: 0,
        });
    }
    const table = targetsTable(db, [2019, 2017, 2018]);
    expect(table.years).toEqual([2017, 2018, 2019]);
    expect(table.perYear.slice(0, 2).map((p) => p.notEvaluated)).toEqual([18, 18]);
    const s = r2019.targets.map((t) => t.status);
    expect(table.perYear[2]).toEqual({
      year: 2019,
      met: s.filter((x) => x === 'met').length,
      notMet: s.filter((x) => x === 'notMet').length,
      progress: s.filter((x) => x === 'progress').length,
      notEvaluated: 0,
    });
    expect(table.rows.map((row) => row.cells[2]!.actual)).toEqual(r2019.targets.map((t) => t.actual));
  });

  it('a year the file does not hold, inside the period, says so', () => {
    const r = evaluatePlan(db, 2020);
    expect(r.inPeriod).toBe(true);
    expect(r.targets.every((t) => t.status === 'noData' && t.text.includes('2020'))).toBe(true);
  });
});
