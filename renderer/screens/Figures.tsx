/**
 * Số liệu: everything entered for a year, one tab each — the figures as a spreadsheet (every edit saved at
 * once as one all-or-nothing batch, undoable; the backend's data-changed event makes the breakdowns re-read),
 * the ratings, the committee members, and the member list import.
 */
import { useState } from 'react';
import { useApi } from '../api.ts';
import type { ScreenProps } from '../App.tsx';
import { YearPicker } from '../components/YearPicker.tsx';
import { BreakdownTable } from '../components/BreakdownTable.tsx';
import { FigureGrid } from '../grid/FigureGrid.tsx';
import { FiguresImport } from './FiguresImport.tsx';
import { RatingsEntry } from './RatingsEntry.tsx';
import { CommitteeEntry } from './CommitteeEntry.tsx';
import { MembersImport } from './MembersImport.tsx';

const TABS = [
  { id: 'so-lieu', title: 'Số liệu' },
  { id: 'xep-loai', title: 'Xếp loại' },
  { id: 'cap-uy', title: 'Cấp ủy viên' },
  { id: 'dang-vien', title: 'Danh sách đảng viên' },
] as const;
type Tab = (typeof TABS)[number]['id'];

export function Figures(props: ScreenProps) {
  const { info, year, setYear, params } = props;
  const [tab, setTab] = useState<Tab>(TABS.find((t) => t.id === params.tab)?.id ?? 'so-lieu');
  return (
    <div className="screen figures">
      <div className="tabs" role="tablist" aria-label="Loại số liệu">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} onClick={() => setTab(t.id)}>
            {t.title}
          </button>
        ))}
      </div>
      {tab === 'so-lieu' && <FiguresTab {...props} />}
      {tab !== 'so-lieu' && (
        <div className="toolbar">
          <YearPicker years={info.years} value={year} onChange={setYear} />
        </div>
      )}
      {tab === 'xep-loai' && <RatingsEntry year={year} />}
      {tab === 'cap-uy' && <CommitteeEntry year={year} years={info.years} />}
      {tab === 'dang-vien' && <MembersImport year={year} />}
    </div>
  );
}

function FiguresTab({ info, year, setYear, params }: ScreenProps) {
  const bd = useApi('stats.breakdown', { year });
  const [showBreakdown, setShowBreakdown] = useState(true);
  const [importing, setImporting] = useState(false);
  const focus = params.unit ? { unitId: Number(params.unit), indicator: params.ind ?? 'dang_vien' } : null;
  return (
    <>
      <div className="toolbar">
        <YearPicker years={info.years} value={year} onChange={setYear} />
        <label className="field inline">
          <input type="checkbox" checked={showBreakdown} onChange={(e) => setShowBreakdown(e.target.checked)} /> Xem phân tổ bên cạnh
        </label>
        <button type="button" onClick={() => setImporting((v) => !v)} aria-expanded={importing}>
          Nhập từ Excel…
        </button>
        <span className="muted small">
          Gõ số để sửa · Enter/Tab/mũi tên để di chuyển · Ctrl+V dán khối từ Excel · Ctrl+Z / Ctrl+Y hoàn tác / làm lại · Delete xóa ô
        </span>
      </div>
      {importing && <FiguresImport info={info} year={year} onClose={() => setImporting(false)} />}
      <div className={showBreakdown ? 'grid-with-side' : ''}>
        <FigureGrid key={year} year={year} focus={focus} />
        {showBreakdown && bd.data && (
          <aside className="side">
            <BreakdownTable data={bd.data} testId="grid-breakdown" />
          </aside>
        )}
      </div>
    </>
  );
}
