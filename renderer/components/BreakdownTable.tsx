import type { Out } from '../api.ts';
import { formatInt } from '../../format/vi.ts';
import { CoverageNote } from './CoverageNote.tsx';

type Breakdown = Out<'stats.breakdown'>;

/** A breakdown as it will be printed: counts, exact-then-rounded shares, the total row and its rounding note. */
export function BreakdownTable({ data, testId = 'breakdown' }: { data: Breakdown; testId?: string }) {
  const hasUnits = data.total.units !== null;
  const shareHead = data.shareOf === 'members' ? 'Tỷ lệ đảng viên' : 'Tỷ lệ';
  // Shares of an incomplete year are of what was entered: the total must not read as the whole.
  const incomplete = data.coverage?.complete === false;
  return (
    <div className="breakdown">
      <table data-testid={testId} className="table">
        <caption>
          {data.name} — năm {data.year}
        </caption>
        <thead>
          <tr>
            <th scope="col">Nhóm</th>
            {hasUnits && (
              <th scope="col" className="num">
                Số chi bộ
              </th>
            )}
            <th scope="col" className="num">
              Số đảng viên
            </th>
            <th scope="col" className="num">
              {shareHead}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {hasUnits && <td className="num">{r.units === null ? '' : formatInt(r.units)}</td>}
              <td className="num">{formatInt(r.members)}</td>
              <td className="num">{r.shareText}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Tổng</th>
            {hasUnits && <td className="num">{data.total.units === null ? '' : formatInt(data.total.units)}</td>}
            <td className="num">{formatInt(data.total.members)}</td>
            <td className="num" title={incomplete ? 'Tỷ lệ trên số đã nhập, chưa phải của cả năm' : undefined}>
              {incomplete ? `${data.total.shareText} số đã nhập` : data.total.shareText}
            </td>
          </tr>
        </tfoot>
      </table>
      <CoverageNote
        coverage={data.coverage}
        testId={`${testId}-coverage`}
        ratings={data.breakdown.includes('xep-loai') || data.breakdown.includes('rating')}
      />
      {data.roundingNote && <p className="note">Ghi chú: {data.roundingNote}</p>}
      {data.identities.length > 0 && (
        <ul className="identities">
          {data.identities.map((i) => (
            <li key={i.text} className={!i.ok ? 'bad' : incomplete ? 'muted' : 'ok'}>
              {!i.ok ? '✗' : incomplete ? '…' : '✓'} {i.text}
              {i.ok && incomplete ? ' (trên số đã nhập)' : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
