/**
 * Charts on screen use the same chart.js configurations as the documents (charts/configs.ts), so what the
 * user sees is what gets printed; only sizing changes, to fit the window.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Title, Tooltip, type ChartConfiguration } from 'chart.js';
import { chartConfig, type ChartData } from '../../charts/configs.ts';

// Every chart of the product is a bar chart (charts/configs.ts): only those parts are registered,
// so the bundle leaves out the other chart types, scales and elements (`registerables`).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

/** A key that changes whenever the data does, to remount the chart (see BreakdownChart). */
export function chartKey(data: unknown): string {
  return JSON.stringify(data);
}

export function screenConfig(d: ChartData): ChartConfiguration<'bar'> {
  const c = chartConfig(d);
  return { ...c, options: { ...c.options, responsive: true, maintainAspectRatio: false, animation: false } };
}
