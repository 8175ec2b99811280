/**
 * Picks one unit among many: letters typed in its search box narrow the list, and only the first matches are
 * drawn. A province has thousands of committees, and a <select> of all of them holds the page for half a
 * second each time it is drawn.
 */
import { useMemo, useState } from 'react';
import { foldForSearch, formatInt } from '../../format/vi.ts';

/** Options drawn at most: enough to scroll through, few enough to draw at once. */
export const PICKER_LIMIT = 100;

interface Pickable {
  id: number;
  name: string;
  code: string;
}

export function UnitPicker<U extends Pickable>({
  units,
  value,
  onChange,
  label,
  empty,
}: {
  units: U[];
  value: number | '';
  onChange(id: number | ''): void;
  label: string;
  /** The first option's text, standing for "none chosen". */
  empty: string;
}) {
  const [query, setQuery] = useState('');
  const index = useMemo(() => units.map((u) => `${foldForSearch(u.name)}\u0000${u.code.toLowerCase()}`), [units]);
  const { shown, total } = useMemo(() => {
    const f = foldForSearch(query);
    const shown: U[] = [];
    let total = 0;
    index.forEach((text, i) => {
      if (f && !text.includes(f)) return;
      total++;
      if (shown.length < PICKER_LIMIT) shown.push(units[i]!);
    });
    return { shown, total };
  }, [units, index, query]);
  // The chosen unit stays an option while the search shows others, or the select would drop the choice.
  const chosen = value === '' ? undefined : units.find((u) => u.id === value);
  const options = chosen && !shown.includes(chosen) ? [chosen, ...shown] : shown;
  return (
    <span className="unit-picker">
      {units.length > PICKER_LIMIT && (
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="gõ tên hoặc mã để tìm"
          aria-label={`Tìm trong danh sách: ${label}`}
        />
      )}
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : '')}>
        <option value="">{empty}</option>
        {options.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      {total > shown.length && (
        <span className="muted small">
          {' '}
          {formatInt(shown.length)} trong {formatInt(total)} đơn vị; gõ tên để thu hẹp
        </span>
      )}
    </span>
  );
}
