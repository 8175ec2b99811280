/**
 * The one chart module: chart.js configurations per chart kind. The renderer draws them with
 * react-chartjs-2 and the reports render them to PNG in Node, so this file imports no Node module.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { formatInt } from '../format/vi.ts';
import { STATUS_LABELS } from '../core/labels.ts';

export const CHART_KINDS = {
  'ty-le-dang-vien': 'Tỷ lệ đảng viên theo nhóm chi bộ',
  'so-sanh-nam': 'So sánh số đảng viên qua các năm',
  'chi-tieu': 'Số chỉ tiêu đạt qua các năm',
  'xep-loai': 'Tỷ lệ chi bộ, đảng viên theo mức xếp loại',
} as const;
export type ChartKind = keyof typeof CHART_KINDS;

/** What a chart shows, as plain data: this is what a document records, the config is rebuilt from it. */
export type ChartData =
  | { kind: 'ty-le-dang-vien'; title: string; rows: { label: string; members: number; shareText: string }[] }
  | { kind: 'so-sanh-nam'; title: string; years: number[]; rows: { label: string; values: (number | null)[] }[] }
  /** Per year: targets due and met, due and not met, and "by year X" targets not yet due. */
  | { kind: 'chi-tieu'; title: string; years: number[]; met: number[]; notMet: number[]; progress: number[] }
  /** Per rating level, for cells and for members: the count, its share of those rated, and how many were rated. */
  | { kind: 'xep-loai'; title: string; levels: string[]; series: { name: string; counts: number[]; shares: string[]; whole: number }[] };

const FONT = 'Times New Roman';
const INK = '#1a1a1a';
/** Print-friendly: distinguishable in grey when the document is photocopied. */
const PALETTE = ['#9e1b1b', '#2f5d8a', '#c8962e', '#4d7c3a', '#6b4c8a', '#7a7a7a'];

/** Paints the canvas white first: a PNG pasted into Word must not be transparent. */
export const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Writes each bar's value on it, formatted the Vietnamese way (no datalabels dependency). */
function valueLabels(format: (datasetIndex: number, index: number) => string | null): Plugin {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = INK;
      ctx.font = `12px "${FONT}"`;
      chart.data.datasets.forEach((_d, di) => {
        const meta = chart.getDatasetMeta(di);
        if (meta.hidden) return;
        meta.data.forEach((el, i) => {
          const text = format(di, i);
          if (!text) return;
          const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
          const horizontal = chart.options.indexAxis === 'y';
          ctx.textAlign = horizontal ? 'left' : 'center';
          ctx.textBaseline = horizontal ? 'middle' : 'bottom';
          ctx.fillText(text, horizontal ? x + 4 : x, horizontal ? y : y - 2);
        });
      });
      ctx.restore();
    },
  };
}

/** Splits a long label into lines of at most `max` characters, at spaces. */
export function wrapLabel(label: string, max = 28): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const common = (title: string) => ({
  animation: false as const,
  responsive: false,
  maintainAspectRatio: false,
  font: { family: FONT },
  layout: { padding: { top: 8, right: 56, bottom: 4, left: 4 } },
  plugins: {
    title: { display: true, text: title, color: INK, font: { family: FONT, size: 15, weight: 'bold' as const } },
    legend: { labels: { color: INK, font: { family: FONT, size: 12 } } },
    tooltip: { enabled: true },
  },
});

const axisFont = { family: FONT, size: 12 };

function membersByGroup(d: Extract<ChartData, { kind: 'ty-le-dang-vien' }>): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: d.rows.map((r) => wrapLabel(r.label)),
      datasets: [
        { label: 'Số đảng viên', data: d.rows.map((r) => r.members), backgroundColor: d.rows.map((_, i) => PALETTE[i % PALETTE.length]!) },
      ],
    },
    options: {
      ...common(d.title),
      indexAxis: 'y',
      plugins: { ...common(d.title).plugins, legend: { display: false } },
      scales: {
        x: { beginAtZero: true, ticks: { color: INK, font: axisFont, callback: (v) => formatInt(Number(v)) } },
        y: { ticks: { color: INK, font: axisFont } },
      },
    },
    plugins: [whiteBackground, valueLabels((_di, i) => `${formatInt(d.rows[i]!.members)} (${d.rows[i]!.shareText})`)],
  };
}

function yearsComparison(d: Extract<ChartData, { kind: 'so-sanh-nam' }>): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: d.rows.map((r) => wrapLabel(r.label, 22)),
      datasets: d.years.map((y, yi) => ({
        label: `Năm ${y}`,
        data: d.rows.map((r) => r.values[yi] ?? null),
        backgroundColor: PALETTE[yi % PALETTE.length]!,
      })),
    },
    options: {
      ...common(d.title),
      scales: {
        x: { ticks: { color: INK, font: axisFont } },
        y: { beginAtZero: true, ticks: { color: INK, font: axisFont, callback: (v) => formatInt(Number(v)) } },
      },
    },
    plugins: [
      whiteBackground,
      valueLabels((di, i) => {
        const v = d.rows[i]!.values[di];
        return v == null ? null : formatInt(v);
      }),
    ],
  };
}

function targetsMet(d: Extract<ChartData, { kind: 'chi-tieu' }>): ChartConfiguration<'bar'> {
  const evaluated = d.years.map((_, i) => d.met[i]! + d.notMet[i]! + d.progress[i]!);
  const datasets = [
    { label: STATUS_LABELS.met, data: d.met, backgroundColor: PALETTE[3]! },
    { label: STATUS_LABELS.notMet, data: d.notMet, backgroundColor: PALETTE[0]! },
  ];
  // A series that is empty in every year is left out rather than drawn as a legend with no bars.
  if (d.progress.some((n) => n > 0)) datasets.push({ label: STATUS_LABELS.progress, data: d.progress, backgroundColor: PALETTE[2]! });
  return {
    type: 'bar',
    data: {
      // A year outside the plan has no bars; its label says why rather than showing a misleading zero.
      labels: d.years.map((y, i) => (evaluated[i] === 0 ? [`Năm ${y}`, '(không đánh giá)'] : `Năm ${y}`)),
      datasets,
    },
    options: {
      ...common(d.title),
      scales: {
        x: { stacked: true, ticks: { color: INK, font: axisFont } },
        y: { stacked: true, beginAtZero: true, ticks: { color: INK, font: axisFont, precision: 0, callback: (v) => formatInt(Number(v)) } },
      },
    },
    plugins: [
      whiteBackground,
      valueLabels((di, i) => {
        const due = d.met[i]! + d.notMet[i]!;
        return di === 0 && due > 0 ? `${formatInt(d.met[i]!)}/${formatInt(due)} đạt` : null;
      }),
    ],
  };
}

function ratingLevels(d: Extract<ChartData, { kind: 'xep-loai' }>): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: d.levels.map((l) => wrapLabel(l, 22)),
      datasets: d.series.map((s, i) => ({
        label: s.name,
        data: s.counts.map((n) => (s.whole === 0 ? 0 : (n * 100) / s.whole)),
        backgroundColor: PALETTE[i % PALETTE.length]!,
      })),
    },
    options: {
      ...common(d.title),
      scales: {
        x: { ticks: { color: INK, font: axisFont } },
        y: { beginAtZero: true, max: 100, ticks: { color: INK, font: axisFont, callback: (v) => `${formatInt(Number(v))}%` } },
      },
    },
    plugins: [whiteBackground, valueLabels((di, i) => d.series[di]!.shares[i] ?? null)],
  };
}

export function chartConfig(d: ChartData): ChartConfiguration<'bar'> {
  switch (d.kind) {
    case 'ty-le-dang-vien':
      return membersByGroup(d);
    case 'so-sanh-nam':
      return yearsComparison(d);
    case 'chi-tieu':
      return targetsMet(d);
    case 'xep-loai':
      return ratingLevels(d);
  }
}

/** Width and height in CSS pixels for a chart as wide as the text: 96 px per inch, 1440 twips per inch. */
export function chartSizeForTextWidth(textWidthTwips: number, kind: ChartKind): { width: number; height: number } {
  const width = Math.floor(textWidthTwips / 15);
  const ratio = kind === 'ty-le-dang-vien' ? 0.45 : 0.5;
  return { width, height: Math.round(width * ratio) };
}
