/** The shared chart module: configurations the browser can use as they are, and the same configurations as PNG in Node. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { chartConfig, chartSizeForTextWidth, wrapLabel, type ChartData } from '../../charts/configs.ts';
import { renderChartPng } from '../../charts/render-node.ts';

const SHARES: ChartData = {
  kind: 'ty-le-dang-vien',
  title: 'Số đảng viên theo nhóm chi bộ năm 2019',
  rows: [
    { label: 'Chi bộ trực thuộc đảng bộ xã, thị trấn', members: 6067, shareText: '85,44%' },
    { label: 'Chi bộ trực thuộc đảng bộ khối cơ quan', members: 474, shareText: '6,68%' },
    { label: 'Chi bộ trực thuộc đảng bộ khối doanh nghiệp', members: 114, shareText: '1,61%' },
    { label: 'Chi bộ cơ sở', members: 446, shareText: '6,28%' },
  ],
};
const YEARS: ChartData = {
  kind: 'so-sanh-nam',
  title: 'So sánh',
  years: [2018, 2019],
  rows: [
    { label: 'Chi bộ cơ sở', values: [435, 446] },
    { label: 'Mới', values: [null, 3] },
  ],
};
const TARGETS: ChartData = { kind: 'chi-tieu', title: 'Chỉ tiêu', years: [2019, 2020], met: [2, 9], notMet: [11, 9], progress: [0, 0] };

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('chart configurations', () => {
  it('the share chart lists the groups with members and the correctly rounded share, Vietnamese format on the axis', () => {
    const c = chartConfig(SHARES);
    expect(c.type).toBe('bar');
    expect(c.options?.indexAxis).toBe('y');
    expect(c.data.datasets[0]!.data).toEqual([6067, 474, 114, 446]);
    expect(c.data.labels![0]).toEqual(['Chi bộ trực thuộc đảng bộ', 'xã, thị trấn']);
    const tick = (c.options!.scales!.x!.ticks as { callback: (v: number) => string }).callback;
    expect(tick(7000)).toBe('7.000');
    expect(c.plugins!.map((p) => p.id)).toEqual(['whiteBackground', 'valueLabels']);
    expect(c.options?.animation).toBe(false);
  });

  it('the comparison chart has a dataset per year and keeps missing years empty', () => {
    const c = chartConfig(YEARS);
    expect(c.data.datasets.map((d) => d.label)).toEqual(['Năm 2018', 'Năm 2019']);
    expect(c.data.datasets.map((d) => d.data)).toEqual([
      [435, null],
      [446, 3],
    ]);
  });

  it('the targets chart stacks met and not met per year', () => {
    const c = chartConfig(TARGETS);
    expect(c.data.labels).toEqual(['Năm 2019', 'Năm 2020']);
    expect(c.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Đạt', [2, 9]],
      ['Chưa đạt', [11, 9]],
    ]);
    expect(c.options!.scales!.y!.stacked).toBe(true);
  });

  it('the configuration module imports no Node module, so the renderer can use it', () => {
    const src = readFileSync(new URL('../../charts/configs.ts', import.meta.url), 'utf8');
    const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports).toEqual(['chart.js', '../format/vi.ts', '../core/labels.ts']);
  });

  it('wraps long labels at spaces and sizes charts to the text width', () => {
    expect(wrapLabel('Chi bộ trực thuộc đảng bộ khối doanh nghiệp', 20)).toEqual(['Chi bộ trực thuộc', 'đảng bộ khối doanh', 'nghiệp']);
    expect(chartSizeForTextWidth(9355, 'so-sanh-nam')).toEqual({ width: 623, height: 312 });
  });
});

describe('PNG in Node', () => {
  it.each([SHARES, YEARS, TARGETS])('$kind renders at twice the pixel ratio on white', async (data) => {
    const png = renderChartPng(chartConfig(data), 600, 300);
    expect(pngSize(png)).toEqual({ width: 1200, height: 600 });
    const img = await loadImage(png);
    const canvas = createCanvas(img.width, img.height);
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    // Corners are opaque white: pasted into Word it is not transparent.
    for (const [x, y] of [
      [0, 0],
      [1199, 0],
      [0, 599],
      [1199, 599],
    ] as const)
      expect([...g.getImageData(x, y, 1, 1).data]).toEqual([255, 255, 255, 255]);
    // And something was drawn: not all white.
    const all = g.getImageData(0, 0, 1200, 600).data;
    let ink = 0;
    for (let i = 0; i < all.length; i += 4) if (all[i]! < 200) ink++;
    expect(ink).toBeGreaterThan(1000);
  });

  it('draws the same bytes for the same data', () => {
    expect(Buffer.compare(renderChartPng(chartConfig(SHARES), 500, 250), renderChartPng(chartConfig(SHARES), 500, 250))).toBe(0);
  });
});
