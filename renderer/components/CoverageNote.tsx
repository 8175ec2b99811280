/**
 * An incomplete year says so beside every figure that reads it: how many units have no figures (or no
 * rating, for what reads ratings), so a share "of what was entered" is never taken for the whole.
 */
import type { Out } from '../api.ts';
import { formatInt } from '../../format/vi.ts';

type Coverage = NonNullable<Out<'stats.breakdown'>['coverage']>;

/** The short form every screen uses: "thiếu số liệu 290 đơn vị". */
export function missingText(c: Coverage, ratings = false): string | null {
  const parts: string[] = [];
  if (c.leavesWithoutFigures > 0) parts.push(`thiếu số liệu ${formatInt(c.leavesWithoutFigures)} đơn vị`);
  // null: the summary does not speak of ratings (a breakdown by figures only).
  if (ratings && c.withoutRating) parts.push(`chưa xếp loại ${formatInt(c.withoutRating)} đơn vị`);
  return parts.length ? `Năm ${c.year} ${parts.join(', ')}` : null;
}

export function CoverageNote({
  coverage,
  testId,
  ratings = true,
}: {
  coverage: Coverage | Coverage[] | undefined;
  testId: string;
  ratings?: boolean;
}) {
  const list = (Array.isArray(coverage) ? coverage : coverage ? [coverage] : []).filter((c) => !c.complete);
  if (!list.length) return null;
  return (
    <div className="incomplete" role="note" data-testid={testId}>
      {list.map((c) => (
        <div key={c.year}>
          <strong>{missingText(c, ratings) ?? `Năm ${c.year} chưa đủ số liệu`}</strong>
          {c.text && <span> — {c.text}</span>}
        </div>
      ))}
    </div>
  );
}
