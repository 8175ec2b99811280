import { Chart } from 'react-chartjs-2';
import type { Out } from '../api.ts';
import { chartKey, screenConfig } from './charts.ts';

/** The breakdown drawn from the same numbers as its table, with the document's chart configuration. */
export function BreakdownChart({ data }: { data: Out<'stats.breakdown'> }) {
  const c = screenConfig({
    kind: 'ty-le-dang-vien',
    title: `${data.name} — năm ${data.year}`,
    rows: data.rows.map((r) => ({ label: r.label, members: r.members, shareText: r.shareText })),
  });
  return (
    <div className="chart" data-testid="breakdown-chart">
      {/* The config's plugins close over its data, and react-chartjs-2 keeps the first plugins: new data, new chart. */}
      <Chart
        key={chartKey(c.data)}
        type="bar"
        data={c.data}
        options={c.options}
        plugins={c.plugins}
        aria-label={`Biểu đồ: ${data.name}, năm ${data.year}`}
        role="img"
      />
    </div>
  );
}
