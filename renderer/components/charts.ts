/**
 * Charts on screen use the same chart.js configurations as the documents (charts/configs.ts), so what the
 * user sees is what gets printed; only sizing changes, to fit the window.
 */
import { Chart, registerables, type ChartConfiguration } from 'chart.js';
import { chartConfig, type ChartData } from '../../charts/configs.ts';

Chart.register(...registerables);

/** A key that changes whenever the data does, to remount the chart (see BreakdownChart). */
export function chartKey(data: unknown): string {
  return JSON.stringify(data);
}

export function screenConfig(d: ChartData): ChartConfiguration<'bar'> {
  const c = chartConfig(d);
  return { ...c, options: { ...c.options, responsive: true, maintainAspectRatio: false, animation: false } };
}
