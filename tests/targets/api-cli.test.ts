/** The targets API (validated against its output schemas), adding targets without code, and the CLI's JSON and table. */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import type { Ctx } from '../../core/context.ts';
import { demoCopy } from '../helpers/db.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;
const tochuc = (...args: string[]) => run(process.execPath, [bin, ...args], { encoding: 'utf8' });

let ctx: Ctx;
let path: string;
const call = (name: string, input: unknown) => dispatch(ctx, name, input, { checkOutput: true }) as Promise<any>;

beforeAll(() => {
  path = demoCopy();
  ctx = createCtx(createSession(path), { kind: 'cli' });
});

describe('targets API', () => {
  it('evaluate, table, quota, mapping, catalog and plans answer with their declared shapes', async () => {
    const r = await call('targets.evaluate', { year: 2019 });
    expect(r.targets).toHaveLength(18);
    const t = await call('targets.table', { years: [2017, 2018, 2019], jobId: 'bang-chi-tieu' });
    expect(t.perYear.map((p: any) => p.year)).toEqual([2017, 2018, 2019]);
    expect(ctx.events.read('bang-chi-tieu')).toMatchObject({ done: 1, finished: true });
    const q = await call('targets.quota', { year: 2019 });
    expect(q.orgs).toHaveLength(44);
    expect(q.violations.map((o: any) => o.unit)).toEqual(['Đảng bộ xã Phượng Cách']);
    // Recount Phượng Cách from the raw member_rating rows of its cells.
    const raw = ctx.session.db
      .prepare(
        `SELECT sum(CASE WHEN r.level = 'htxs' THEN r.count END) AS xs, sum(CASE WHEN r.level = 'htt' THEN r.count END) AS tot
         FROM member_rating r JOIN unit_year c ON c.year = r.year AND c.unit_id = r.unit_id JOIN unit_year b ON b.year = c.year AND b.unit_id = c.parent_id
         WHERE r.year = 2019 AND b.name = 'Đảng bộ xã Phượng Cách'`,
      )
      .get() as { xs: number; tot: number };
    expect(q.violations[0]).toMatchObject({
      excellent: raw.xs,
      good: raw.tot,
      allowed: Math.floor(raw.tot / 5),
      excess: raw.xs - Math.floor(raw.tot / 5),
    });
    expect(raw.xs * 5).toBeGreaterThan(raw.tot);
    expect(await call('targets.scaleMapping', {})).toHaveLength(20);
    const cat = await call('targets.catalog', {});
    expect(cat.measures.map((m: any) => m.id)).toEqual([
      'cell-rating',
      'cell-admitted',
      'committee-rating',
      'committee-trained',
      'committee-qualification',
      'secretary-manages-enterprise',
    ]);
    expect(cat.measures[4].params.properties).toHaveProperty('professional');
    expect(cat.scopes.map((s: any) => s.code)).toEqual(['thon-tdp', 'co-quan', 'co-quan-mo-rong', 'dn-ngoai-nha-nuoc']);
    const plans = await call('plans.list', {});
    expect(plans[0].targets).toHaveLength(18);
  });

  it('previews scopes: the agency scope is the 45 cells, the wider one adds the 9 agency chi bộ cơ sở', async () => {
    const narrow = await call('targets.scopeUnits', { year: 2019, scope: 'co-quan' });
    const wide = await call('targets.scopeUnits', { year: 2019, scope: 'co-quan-mo-rong' });
    expect(narrow.units).toHaveLength(45);
    expect(narrow.scope.description).toContain('Không gồm chi bộ cơ sở');
    const extra = wide.units.filter((u: any) => !narrow.units.some((n: any) => n.id === u.id));
    const expected = ctx.session.db
      .prepare(`SELECT name FROM unit_year WHERE year = 2019 AND kind = 'baseCell' AND unit_type = 'co-quan' ORDER BY sort, unit_id`)
      .all() as { name: string }[];
    expect(extra.map((u: any) => u.name)).toEqual(expected.map((e) => e.name));
    expect(extra).toHaveLength(9);
  });

  it('a user adds a plan and targets of any measure, on a scope of their own, without code', async () => {
    const { id: planId } = await call('plans.create', { name: 'Kế hoạch thử', startYear: 2017, endYear: 2019 });
    const ownScope = { label: 'Chi bộ trường học', anyOf: [{ kind: ['cell', 'baseCell'], unitType: ['truong-hoc'] }] };
    const { id } = await call('targets.add', {
      planId,
      label: '60% chi bộ trường học kết nạp được đảng viên',
      scope: ownScope,
      measure: 'cell-admitted',
      threshold: 60,
      due: 'everyYear',
    });
    await call('targets.add', {
      planId,
      label: 'Đến 2019, 50% bí thư có lý luận chính trị từ trung cấp',
      scope: 'thon-tdp',
      measure: 'committee-qualification',
      params: { theory: 'trung_cap', roles: ['secretary'] },
      threshold: 50,
      due: 'byYear',
      dueYear: 2019,
    });
    const r17 = await call('targets.evaluate', { year: 2017, planId });
    expect(r17.inPeriod).toBe(true);
    const schools = ctx.session.db
      .prepare(
        `SELECT count(*) AS whole, sum(EXISTS (SELECT 1 FROM figure f WHERE f.year = 2017 AND f.unit_id = y.unit_id AND f.indicator = 'ket_nap_moi' AND f.value > 0)) AS part
         FROM unit_year y WHERE y.year = 2017 AND y.kind IN ('cell', 'baseCell') AND y.unit_type = 'truong-hoc'`,
      )
      .get() as { whole: number; part: number };
    expect(r17.targets[0]).toMatchObject({
      id,
      scope: 'Chi bộ trường học',
      whole: schools.whole,
      part: schools.part,
      status: expect.stringMatching(/^(met|notMet)$/),
    });
    const secretaries = ctx.session.db
      .prepare(
        `SELECT count(*) AS whole, sum(m.theory IN ('trung_cap', 'cao_cap', 'cu_nhan')) AS part FROM committee_member m
         JOIN unit_year y ON y.year = m.year AND y.unit_id = m.unit_id WHERE m.year = 2017 AND m.role = 'secretary' AND y.unit_type IN ('thon', 'to-dan-pho')`,
      )
      .get() as { whole: number; part: number };
    expect(r17.targets[1]).toMatchObject({ status: 'progress', whole: secretaries.whole, part: secretaries.part });
    expect(r17.targets[1].text).toContain('bí thư chi bộ');
    // Shortening the period takes 2017 out of it: the same target is then marked, not evaluated.
    await call('plans.update', { id: planId, name: 'Kế hoạch thử', startYear: 2018, endYear: 2019 });
    expect((await call('targets.evaluate', { year: 2017, planId })).targets[0]).toMatchObject({ status: 'outsidePeriod', actual: null });
    await call('targets.delete', { id });
    expect((await call('targets.evaluate', { year: 2019, planId })).targets).toHaveLength(1);
    await call('plans.delete', { id: planId });
    expect(await call('plans.list', {})).toHaveLength(1);
  });

  it('refuses bad targets with a Vietnamese message that says what is wrong', async () => {
    const base = { planId: 1, label: 'x', scope: 'thon-tdp', measure: 'cell-rating', threshold: 80, due: 'everyYear' };
    await expect(call('targets.add', { ...base, measure: 'khong-co' })).rejects.toThrow(/Không có cách đo "khong-co"/);
    await expect(call('targets.add', { ...base, params: { atLeast: 'gioi' } })).rejects.toThrow(/Tham số của cách đo .* không hợp lệ/);
    await expect(call('targets.add', { ...base, scope: 'xa' })).rejects.toThrow(/Không có phạm vi "xa"/);
    await expect(call('targets.add', { ...base, due: 'byYear' })).rejects.toThrow(/cần nhập năm/);
    await expect(call('targets.add', { ...base, due: 'byYear', dueYear: 2025 })).rejects.toThrow(/ngoài thời gian đề án \(2019–2020\)/);
    await expect(call('targets.add', { ...base, measure: 'committee-qualification', params: {} })).rejects.toThrow(/cần ít nhất một/);
    await expect(call('targets.evaluate', { year: 2019, planId: 99 })).rejects.toThrow(/Không có đề án số 99/);
    await expect(call('plans.create', { name: 'Sai', startYear: 2020, endYear: 2019 })).rejects.toThrow(
      /năm kết thúc 2019 trước năm bắt đầu 2020/,
    );
  });
});

describe('tochuc targets', () => {
  let db: string;
  beforeAll(() => {
    db = demoCopy();
  });

  it('--year --json prints {plan, year, targets:[{id,label,scope,threshold,actual,met,shortfall,failing}]}', async () => {
    const out = JSON.parse((await tochuc('targets', '--db', db, '--year', '2019', '--json')).stdout);
    expect(Object.keys(out)).toEqual(['plan', 'year', 'targets']);
    expect(Object.keys(out.plan)).toEqual(['id', 'name']);
    expect(out.year).toBe(2019);
    expect(out.targets).toHaveLength(18);
    for (const t of out.targets) {
      expect(Object.keys(t).slice(0, 8)).toEqual(['id', 'label', 'scope', 'threshold', 'actual', 'met', 'shortfall', 'failing']);
      for (const f of t.failing) expect(typeof f.unit).toBe('string');
    }
    const rating = out.targets[1];
    expect(rating).toMatchObject({
      label: 'Hằng năm, 80% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên',
      scope: 'Chi bộ thôn, tổ dân phố',
      threshold: 80,
    });
    expect(rating.actual).toBe((rating.part * 100) / rating.whole);
    expect(rating.failing).toHaveLength(rating.whole - rating.part);
  });

  it('--years prints the targets × years table; quota and mapping print readable text', async () => {
    const table = (await tochuc('targets', '--db', db, '--years', '2017,2018,2019')).stdout;
    expect(table.split('\n').filter((l) => /^\d+\s/.test(l))).toHaveLength(18);
    expect(table).toContain('ngoài kỳ');
    expect(table).toMatch(/Hằng năm, 80% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên\s+80%\s+ngoài kỳ\s+ngoài kỳ\s+\d+,\d\d% [✓✗]/);
    const quota = (await tochuc('targets', 'quota', '--db', db, '--year', '2019')).stdout;
    expect(quota).toMatch(/Đảng bộ xã Phượng Cách\s+\d+\s+\d+\s+\d+\s+\d+/);
    expect((await tochuc('targets', 'mapping', '--db', db)).stdout).toContain('Trong sạch vững mạnh');
    const added = (
      await tochuc('targets', 'add', '--db', db, '--label', 'Thử', '--scope', 'thon-tdp', '--measure', 'cell-admitted', '--threshold', '90')
    ).stdout;
    expect(added).toMatch(/Đã thêm chỉ tiêu số 19 vào đề án số 1/);
    await expect(tochuc('targets', 'nonsense', '--db', db)).rejects.toMatchObject({
      stderr: expect.stringContaining('Không có lệnh con "nonsense"'),
    });
  });
});
