import { lazy, Suspense, useState } from 'react';
import { useApi } from '../api.ts';
import type { ScreenProps } from '../App.tsx';
import { YearPicker } from '../components/YearPicker.tsx';
import { BreakdownTable } from '../components/BreakdownTable.tsx';
import { ErrorNote, Loading } from '../components/Notice.tsx';
import { BreakdownPicker } from '../components/BreakdownPicker.tsx';
import { formatInt } from '../../format/vi.ts';
import { CoverageNote } from '../components/CoverageNote.tsx';

// chart.js is a third of the page's code: the table shows first, the chart when its code has come.
const BreakdownChart = lazy(() => import('../components/BreakdownChart.tsx').then((m) => ({ default: m.BreakdownChart })));

const WARNING_KIND: Record<string, string> = {
  parentMismatch: 'Tổng không khớp',
  partExceedsWhole: 'Bộ phận lớn hơn tổng',
  missing: 'Thiếu số liệu',
};

export function Overview({ info, year, setYear, go }: ScreenProps) {
  const [breakdownId, setBreakdownId] = useState('nhom-chi-bo');
  // The breakdown is asked for first: the server answers in turn, and it is what the screen is opened for.
  const bd = useApi('stats.breakdown', { year, breakdown: breakdownId });
  const head = useApi('overview.headline', { year });
  const warnings = useApi('checks.year', { year });
  const coverage = useApi('coverage.year', { year });
  const incomplete = coverage.data?.complete === false;
  const h = head.data;
  return (
    <div className="screen overview">
      <div className="toolbar">
        <YearPicker years={info.years} value={year} onChange={setYear} />
        <BreakdownPicker value={breakdownId} onChange={setBreakdownId} />
      </div>
      <ErrorNote text={head.error ?? bd.error ?? warnings.error} />
      <CoverageNote coverage={coverage.data ?? undefined} testId="overview-coverage" />
      {h && (
        <dl className="headline" data-testid="headline">
          <div>
            <dt>Tổ chức cơ sở đảng</dt>
            <dd>{formatInt(h.baseOrgs)}</dd>
          </div>
          <div>
            <dt>Đảng bộ cơ sở</dt>
            <dd>{formatInt(h.baseCommittees)}</dd>
          </div>
          <div>
            <dt>Chi bộ cơ sở</dt>
            <dd>{formatInt(h.baseCells)}</dd>
          </div>
          <div>
            <dt>Chi bộ trực thuộc</dt>
            <dd>{formatInt(h.cells)}</dd>
          </div>
          <div>
            <dt>Đảng viên</dt>
            <dd>{formatInt(h.members)}</dd>
          </div>
          <div>
            <dt>Kết nạp mới</dt>
            <dd>{formatInt(h.admitted)}</dd>
          </div>
        </dl>
      )}
      <div className="two-cols">
        {bd.data ? <BreakdownTable data={bd.data} /> : <Loading />}
        {bd.data && (
          <Suspense fallback={<Loading />}>
            <BreakdownChart data={bd.data} />
          </Suspense>
        )}
      </div>
      <section aria-labelledby="warnings-title" className="warnings">
        <h2 id="warnings-title">Cảnh báo về số liệu năm {year}</h2>
        {warnings.data && warnings.data.length === 0 && incomplete && (
          <p className="incomplete">Không có cảnh báo về tổng, nhưng năm {year} chưa đủ số liệu (xem ghi chú ở trên).</p>
        )}
        {warnings.data && warnings.data.length === 0 && !incomplete && (
          <p className="ok">✓ Không có cảnh báo: tổng của các đơn vị cấp trên khớp với cấp dưới, không thiếu số liệu.</p>
        )}
        {warnings.data && warnings.data.length > 0 && (
          <ul data-testid="warnings">
            {warnings.data.slice(0, 200).map((w, i) => (
              <li key={i}>
                <span className={`tag ${w.kind}`}>{WARNING_KIND[w.kind]}</span> {w.message}{' '}
                <a
                  href="#"
                  onClick={(e) => {
                    e.preventDefault();
                    go('so-lieu', { unit: w.unitId, ind: w.indicator });
                  }}
                >
                  Sửa
                </a>
              </li>
            ))}
            {warnings.data.length > 200 && (
              <li className="muted">… và {formatInt(warnings.data.length - 200)} cảnh báo khác (xem màn hình Số liệu).</li>
            )}
          </ul>
        )}
      </section>
    </div>
  );
}
