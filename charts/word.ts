/**
 * The document's charts as native Word charts (docx's ChartRun): Word's "Edit Data" opens their
 * figures, they take the document's font, and their labels are written the Vietnamese way.
 * chart.js (configs.ts) stays for the screens; a document no longer carries pictures of charts.
 */
import type { ChartRunOptions, ChartSeries } from 'docx/charts';
import { formatInt } from '../format/vi.ts';
import type { ChartData } from './configs.ts';

/**
 * An Excel number format that groups thousands with "." whatever the reader's locale: "#,##0"
 * would print "7,101" on an English Windows. Conditional sections keep it a live format, so a
 * value changed in "Edit Data" is labelled correctly too.
 */
export const VI_INT_FORMAT = '[>=1000000]#\\.###\\.##0;[>=1000]#\\.##0;0';

/** Darkest to lightest of one hue: photocopied in grey, neighbouring series stay apart by lightness. */
const DARK = [0x1f, 0x38, 0x64];
const LIGHT = [0xd6, 0xe4, 0xf2];

/** n fills from dark to light, evenly spaced in light (not in RGB, where the dark end would crowd). */
export function seriesColors(n: number): string[] {
  if (n <= 1) return [hex(DARK)];
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const enc = (c: number) => Math.round(255 * (c <= 0.0030396 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055));
  return Array.from({ length: n }, (_, i) => hex(DARK.map((d, c) => enc(lin(d) + ((lin(LIGHT[c]!) - lin(d)) * i) / (n - 1)))));
}

function hex(rgb: number[]): string {
  return rgb
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** Relative luminance (WCAG), what a grey print keeps of a colour. */
export function luminance(color: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(color.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export interface WordChartOptions {
  font: string;
  /** Width of the text column in twips: the chart is as wide as the text. */
  textWidth: number;
}

/** 96 px per inch, 1440 twips per inch. */
const px = (twips: number) => Math.floor(twips / 15);

function base(d: ChartData, o: WordChartOptions, heightRatio: number) {
  const width = px(o.textWidth);
  return {
    title: { text: d.title, font: { size: 12, bold: true, color: '000000' } },
    font: { name: o.font, color: '000000' },
    legend: { position: 'bottom' as const, font: { size: 11 } },
    chartArea: { fill: 'FFFFFF', border: 'none' as const },
    transformation: { width, height: Math.round(width * heightRatio) },
    altText: { name: d.title, description: d.title, title: d.title },
  };
}

const labelFont = { size: 11, color: '000000' };
const axisFont = { size: 11, color: '000000' };

function membersByGroup(d: Extract<ChartData, { kind: 'ty-le-dang-vien' }>, o: WordChartOptions): ChartRunOptions {
  const max = Math.max(1, ...d.rows.map((r) => r.members));
  return {
    type: 'bar',
    ...base(d, o, 0.5),
    legend: false,
    categories: d.rows.map((r) => r.label),
    series: [
      {
        name: 'Số đảng viên',
        values: d.rows.map((r) => r.members),
        color: seriesColors(1)[0]!,
        // Count and correctly rounded share, as in the table: the share is not a value of the chart's data.
        pointLabels: d.rows.map((r) => ({ text: `${formatInt(r.members)} (${r.shareText})` })),
      },
    ],
    dataLabels: { value: true, position: 'outsideEnd', font: labelFont },
    // Word draws the first category at the bottom: reversed, the bars read in the table's order.
    categoryAxis: { reverseOrder: true, font: axisFont },
    // The labels carry the figures; room is left to their right so the longest is never cut.
    valueAxis: { visible: false, gridlines: false, minimum: 0, maximum: Math.ceil(max * 1.45) },
    gapWidth: 60,
  };
}

function yearsComparison(d: Extract<ChartData, { kind: 'so-sanh-nam' }>, o: WordChartOptions): ChartRunOptions {
  const colors = seriesColors(d.years.length);
  const series: ChartSeries[] = d.years.map((y, yi) => ({
    name: `Năm ${y}`,
    values: d.rows.map((r) => r.values[yi] ?? null),
    color: colors[yi]!,
  }));
  return {
    type: 'column',
    ...base(d, o, 0.55),
    categories: d.rows.map((r) => r.label),
    series,
    dataLabels: {
      value: true,
      position: 'outsideEnd',
      numberFormat: VI_INT_FORMAT,
      font: { ...labelFont, size: d.years.length > 3 ? 9 : 10 },
    },
    categoryAxis: { font: axisFont },
    valueAxis: { numberFormat: VI_INT_FORMAT, font: axisFont, minimum: 0 },
    gapWidth: 80,
  };
}

function targetsMet(d: Extract<ChartData, { kind: 'chi-tieu' }>, o: WordChartOptions): ChartRunOptions {
  const [dark, , light] = seriesColors(3);
  const noZero = (values: number[]) => values.map((v) => (v === 0 ? (false as const) : undefined));
  const series: ChartSeries[] = [
    {
      name: 'Đạt',
      values: d.met,
      color: dark!,
      pointLabels: noZero(d.met),
      dataLabels: { value: true, position: 'center', numberFormat: VI_INT_FORMAT, font: { ...labelFont, color: 'FFFFFF', bold: true } },
    },
    {
      name: 'Chưa đạt',
      values: d.notMet,
      color: light!,
      pointLabels: noZero(d.notMet),
      dataLabels: { value: true, position: 'center', numberFormat: VI_INT_FORMAT, font: { ...labelFont, bold: true } },
    },
  ];
  return {
    type: 'column',
    ...base(d, o, 0.5),
    stacking: 'stacked',
    categories: d.years.map((y, i) => (d.met[i]! + d.notMet[i]! === 0 ? `Năm ${y} (không đánh giá)` : `Năm ${y}`)),
    series,
    categoryAxis: { font: axisFont },
    valueAxis: { numberFormat: VI_INT_FORMAT, font: axisFont, minimum: 0 },
    gapWidth: 100,
  };
}

function ratingLevels(d: Extract<ChartData, { kind: 'xep-loai' }>, o: WordChartOptions): ChartRunOptions {
  const colors = seriesColors(Math.max(2, d.series.length));
  return {
    type: 'column',
    ...base(d, o, 0.5),
    categories: d.levels,
    // Values are percentages of those rated, so cells and members share one axis; each label is the share as printed in the tables.
    series: d.series.map((s, i) => ({
      name: s.name,
      values: s.counts.map((n) => (s.whole === 0 ? 0 : Math.round((n * 10000) / s.whole) / 100)),
      color: colors[i === 0 ? 0 : colors.length - 1]!,
      pointLabels: s.shares.map((text) => ({ text })),
    })),
    dataLabels: { value: true, position: 'outsideEnd', font: { ...labelFont, size: 10 } },
    categoryAxis: { font: axisFont },
    valueAxis: { numberFormat: '0"%"', font: axisFont, minimum: 0, maximum: 100, interval: 20 },
    gapWidth: 80,
  };
}

/** The ChartRun options of a chart of the document. */
export function wordChart(d: ChartData, o: WordChartOptions): ChartRunOptions {
  switch (d.kind) {
    case 'ty-le-dang-vien':
      return membersByGroup(d, o);
    case 'so-sanh-nam':
      return yearsComparison(d, o);
    case 'chi-tieu':
      return targetsMet(d, o);
    case 'xep-loai':
      return ratingLevels(d, o);
  }
}
