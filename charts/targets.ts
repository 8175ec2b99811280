/**
 * Targets met per year, as a chart.js configuration: a pure function of the per-year counts that
 * targets.table returns, so the renderer and the Node PNG renderer draw the same chart.
 * Stacked bars: targets due and met, due and not met, and "by year X" targets not yet due.
 */
import type { ChartConfiguration } from 'chart.js';
import { whiteBackground } from './configs.ts';

export interface TargetsPerYear { year: number; met: number; notMet: number; progress: number; notEvaluated: number }

const FONT = 'Times New Roman';
const INK = '#1a1a1a';
const COLORS = { met: '#4d7c3a', notMet: '#9e1b1b', progress: '#c8962e' };

export function targetsMetPerYearConfig(perYear: TargetsPerYear[], title = 'Số chỉ tiêu đạt qua các năm'): ChartConfiguration<'bar'> {
  const font = { family: FONT, size: 12 };
  // A year outside the plan has no bars; its label says why rather than showing a misleading zero.
  const labels = perYear.map((p) => (p.met + p.notMet + p.progress === 0 ? [`Năm ${p.year}`, '(không đánh giá)'] : [`Năm ${p.year}`]));
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: 'Đạt', data: perYear.map((p) => p.met), backgroundColor: COLORS.met, stack: 'chi-tieu' },
        { label: 'Chưa đạt', data: perYear.map((p) => p.notMet), backgroundColor: COLORS.notMet, stack: 'chi-tieu' },
        { label: 'Chưa đến hạn', data: perYear.map((p) => p.progress), backgroundColor: COLORS.progress, stack: 'chi-tieu' },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      maintainAspectRatio: false,
      plugins: {
        title: { display: true, text: title, color: INK, font: { family: FONT, size: 15, weight: 'bold' } },
        legend: { labels: { color: INK, font } },
      },
      scales: {
        x: { stacked: true, ticks: { color: INK, font } },
        y: { stacked: true, beginAtZero: true, ticks: { color: INK, font, precision: 0 }, title: { display: true, text: 'Số chỉ tiêu', color: INK, font } },
      },
    },
    plugins: [whiteBackground],
  };
}
