/**
 * Số liệu: the figures of a year as a spreadsheet. Every edit is saved at once (autosave) as one
 * all-or-nothing batch, can be undone; the backend's data-changed event makes the breakdowns re-read.
 */
import { useState } from 'react';
import { useApi } from '../api.ts';
import type { ScreenProps } from '../App.tsx';
import { YearPicker } from '../components/YearPicker.tsx';
import { BreakdownTable } from '../components/BreakdownTable.tsx';
import { ErrorNote, Loading } from '../components/Notice.tsx';
import { FigureGrid } from '../grid/FigureGrid.tsx';
import { FiguresImport } from './FiguresImport.tsx';

export function Figures({ info, year, setYear, params }: ScreenProps) {
  const grid = useApi('figures.grid', { year });
  const bd = useApi('stats.breakdown', { year });
  const [showBreakdown, setShowBreakdown] = useState(true);
  const [importing, setImporting] = useState(false);
  const focus = params.unit ? { unitId: Number(params.unit), indicator: params.ind ?? 'dang_vien' } : null;
  return (
    <div className="screen figures">
      <div className="toolbar">
        <YearPicker years={info.years} value={year} onChange={setYear} />
        <label className="field inline"><input type="checkbox" checked={showBreakdown} onChange={(e) => setShowBreakdown(e.target.checked)} /> Xem phân tổ bên cạnh</label>
        <button type="button" onClick={() => setImporting((v) => !v)} aria-expanded={importing}>Nhập từ Excel…</button>
        <span className="muted small">Gõ số để sửa · Enter/Tab/mũi tên để di chuyển · Ctrl+V dán khối từ Excel · Ctrl+Z / Ctrl+Y hoàn tác / làm lại · Delete xóa ô</span>
      </div>
      {importing && <FiguresImport info={info} year={year} onClose={() => setImporting(false)} />}
      <ErrorNote text={grid.error} />
      <div className={showBreakdown ? 'grid-with-side' : ''}>
        {grid.data ? <FigureGrid key={year} data={grid.data} focus={focus} /> : <Loading />}
        {showBreakdown && bd.data && <aside className="side"><BreakdownTable data={bd.data} testId="grid-breakdown" /></aside>}
      </div>
    </div>
  );
}
