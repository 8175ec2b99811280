import { describe, expect, it } from 'vitest';
import { chartConfig } from '../../charts/configs.ts';
import { renderChartPng } from '../../charts/render-node.ts';
import { targetsTable } from '../../targets/table.ts';
import { openDemo } from '../helpers/db.ts';

describe('chart: targets met per year', () => {
  it('stacks met / not met / not yet due from targets.table and labels years outside the plan', () => {
    const db = openDemo();
    const t = targetsTable(db, [2017, 2018, 2019]);
    const cfg = chartConfig({
      kind: 'chi-tieu',
      title: 'Số chỉ tiêu đạt qua các năm',
      years: t.perYear.map((p) => p.year),
      met: t.perYear.map((p) => p.met),
      notMet: t.perYear.map((p) => p.notMet),
      progress: t.perYear.map((p) => p.progress),
    });
    expect(cfg.type).toBe('bar');
    expect(cfg.data.labels).toEqual([['Năm 2017', '(không đánh giá)'], ['Năm 2018', '(không đánh giá)'], 'Năm 2019']);
    expect(cfg.data.datasets.map((d) => d.label)).toEqual(['Đạt', 'Chưa đạt', 'Chưa đến hạn']);
    const p = t.perYear[2]!;
    // Targets not yet due are their own series, never counted as "Chưa đạt".
    expect(cfg.data.datasets.map((d) => d.data[2])).toEqual([p.met, p.notMet, p.progress]);
    expect(p.progress).toBeGreaterThan(0);
    expect(p.met + p.notMet + p.progress).toBe(18);
    expect(cfg.options?.scales?.x).toMatchObject({ stacked: true });
    // It draws: a real PNG from chart.js on the Node canvas.
    const png = renderChartPng(cfg as never, 640, 320);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1280); // width at 2× pixel ratio
  });
});
