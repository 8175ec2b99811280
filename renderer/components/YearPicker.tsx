export function YearPicker({
  years,
  value,
  onChange,
  label = 'Năm',
}: {
  years: number[];
  value: number;
  onChange(y: number): void;
  label?: string;
}) {
  return (
    <label className="field inline">
      {label}{' '}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid="year">
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
