import { useApi } from '../api.ts';

export function BreakdownPicker({ value, onChange }: { value: string; onChange(id: string): void }) {
  const list = useApi('stats.breakdowns', {});
  return (
    <label className="field inline">
      Cách phân tổ{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="breakdown-picker">
        {(list.data ?? [{ id: value, name: '…' }]).map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
    </label>
  );
}
