/** Cài đặt: who issues and signs, the document format profile, rounding; another database file; a backup. */
import { useEffect, useState } from 'react';
import { call, useApi, type Out } from '../api.ts';
import { useWrite } from '../useWrite.ts';
import type { ScreenProps } from '../App.tsx';
import { ErrorNote, Loading, StatusNote, WriteErrorNote } from '../components/Notice.tsx';
import { BackupPanel } from './BackupPanel.tsx';

type Settings = Out<'settings.get'>;
type Margin = 'marginTopMm' | 'marginBottomMm' | 'marginLeftMm' | 'marginRightMm';
const MARGINS: [Margin, string][] = [
  ['marginTopMm', 'Lề trên'],
  ['marginBottomMm', 'Lề dưới'],
  ['marginLeftMm', 'Lề trái'],
  ['marginRightMm', 'Lề phải'],
];

export function SettingsScreen({ info }: ScreenProps) {
  const loaded = useApi('settings.get', {});
  const [s, setS] = useState<Settings | null>(null);
  const write = useWrite();
  useEffect(() => {
    if (loaded.data) setS(loaded.data);
  }, [loaded.data]);
  if (!s) return <>{loaded.error ? <ErrorNote text={loaded.error} /> : <Loading />}</>;

  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => setS({ ...s, [k]: v });
  /** One field of one row of a list setting (terms, signers). */
  const patchItem = <K extends 'terms' | 'signers'>(k: K, i: number, patch: Partial<Settings[K][number]>) =>
    set(k, s[k].map((x, j) => (j === i ? { ...x, ...patch } : x)) as Settings[K]);
  const removeItem = <K extends 'terms' | 'signers'>(k: K, i: number) => set(k, s[k].filter((_x, j) => j !== i) as Settings[K]);
  const save = () =>
    write.run(
      () => call('settings.update', { ...s, demo: undefined } as Partial<Settings>),
      (next) => {
        setS(next);
        return `Đã lưu cài đặt lúc ${new Date().toLocaleTimeString('vi-VN')}.`;
      },
    );
  // Another file: the backend pushes data-changed, and App and every view re-read from it.
  const openOther = () =>
    write.run(
      () => call('app.openDatabase', {}),
      (r) => (r.dbPath ? `Đã mở ${r.dbPath}.` : null),
    );

  return (
    <form
      className="screen settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <WriteErrorNote error={write.error} onClose={write.clearError} />
      <StatusNote text={write.status} />
      <fieldset>
        <legend>Cơ quan ban hành</legend>
        <label className="field">
          Cấp
          <select aria-label="Cấp của cấp ủy" value={s.level} onChange={(e) => set('level', e.target.value as Settings['level'])}>
            <option value="huyen">Đảng bộ huyện (cơ cấu đến 30/6/2025)</option>
            <option value="xa">Đảng bộ xã, phường, đặc khu (từ 1/7/2025)</option>
            <option value="tinh">Đảng bộ tỉnh, thành phố</option>
          </select>
        </label>
        <Text label="Tên đảng bộ" value={s.committeeName} onChange={(v) => set('committeeName', v)} />
        <Text label="Tên gọi trong câu văn (Huyện ủy, Đảng ủy xã, Tỉnh ủy…)" value={s.shortName} onChange={(v) => set('shortName', v)} />
        <Text
          label="Cơ quan tham mưu, soạn thảo (Ban Tổ chức…, Ban Xây dựng Đảng)"
          value={s.advisoryBody}
          onChange={(v) => set('advisoryBody', v)}
        />
        <Text label="Cơ quan ban hành (in hoa)" value={s.issuingBody} onChange={(v) => set('issuingBody', v)} />
        <Text label="Mã cơ quan ban hành (HU, ĐU, TU…)" value={s.issuerCode} onChange={(v) => set('issuerCode', v)} />
        <Text label="Cơ quan cấp trên (in hoa)" value={s.superiorBody} onChange={(v) => set('superiorBody', v)} />
        <Text label="Địa danh (ghi ở dòng ngày tháng)" value={s.place} onChange={(v) => set('place', v)} />
        <Text label="Nhiệm kỳ hiện tại" value={s.term.name} onChange={(v) => set('term', { ...s.term, name: v })} />
      </fieldset>
      <fieldset>
        <legend>Các nhiệm kỳ (số văn bản đánh lại từ đầu mỗi nhiệm kỳ)</legend>
        <table className="table compact" data-testid="terms">
          <thead>
            <tr>
              <th>Tên nhiệm kỳ</th>
              <th>Từ năm</th>
              <th>Đến năm</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {s.terms.map((t, i) => (
              <tr key={i}>
                <td>
                  <input
                    aria-label={`Tên nhiệm kỳ ${i + 1}`}
                    value={t.name}
                    onChange={(e) => patchItem('terms', i, { name: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    aria-label={`Nhiệm kỳ ${i + 1} từ năm`}
                    value={t.startYear}
                    onChange={(e) => patchItem('terms', i, { startYear: Number(e.target.value) })}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    aria-label={`Nhiệm kỳ ${i + 1} đến năm`}
                    value={t.endYear}
                    onChange={(e) => patchItem('terms', i, { endYear: Number(e.target.value) })}
                  />
                </td>
                <td>
                  <button type="button" className="link" onClick={() => removeItem('terms', i)}>
                    Xóa
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          onClick={() => {
            const last = s.terms.at(-1) ?? s.term;
            set('terms', [
              ...s.terms,
              { name: `${last.endYear} - ${last.endYear + 5}`, startYear: last.endYear, endYear: last.endYear + 5 },
            ]);
          }}
        >
          Thêm nhiệm kỳ
        </button>
      </fieldset>
      <fieldset>
        <legend>Người ký</legend>
        <table className="table compact">
          <thead>
            <tr>
              <th>Thẩm quyền (T/M, K/T…)</th>
              <th>Chức vụ</th>
              <th>Họ và tên</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {s.signers.map((g, i) => (
              <tr key={i}>
                <td>
                  <input
                    aria-label={`Thẩm quyền người ký ${i + 1}`}
                    value={g.authority}
                    onChange={(e) => patchItem('signers', i, { authority: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Chức vụ người ký ${i + 1}`}
                    value={g.title}
                    onChange={(e) => patchItem('signers', i, { title: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Họ tên người ký ${i + 1}`}
                    value={g.name}
                    onChange={(e) => patchItem('signers', i, { name: e.target.value })}
                  />
                </td>
                <td>
                  <button type="button" className="link" onClick={() => removeItem('signers', i)}>
                    Xóa
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => set('signers', [...s.signers, { authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: '' }])}>
          Thêm người ký
        </button>
      </fieldset>
      <fieldset>
        <legend>Thể thức văn bản: {s.format.name}</legend>
        {MARGINS.map(([k, label]) => (
          <label key={k} className="field inline">
            {label} (mm){' '}
            <input
              type="number"
              min={5}
              max={60}
              step={1}
              value={s.format[k]}
              onChange={(e) => set('format', { ...s.format, [k]: Number(e.target.value) })}
            />
          </label>
        ))}
        <label className="field inline">
          Cỡ chữ nội dung{' '}
          <input
            type="number"
            min={10}
            max={16}
            step={0.5}
            value={s.format.bodySize}
            onChange={(e) => set('format', { ...s.format, bodySize: Number(e.target.value) })}
          />
        </label>
        <label className="field inline">
          Phông chữ <input value={s.format.font} onChange={(e) => set('format', { ...s.format, font: e.target.value })} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Làm tròn tỷ lệ</legend>
        <label className="choice">
          <input
            type="radio"
            name="rounding"
            checked={s.rounding.mode === 'halfUp'}
            onChange={() => set('rounding', { ...s.rounding, mode: 'halfUp' })}
          />{' '}
          Làm tròn từng tỷ lệ (mặc định; mỗi tỷ lệ kiểm tra lại được bằng máy tính)
        </label>
        <label className="choice">
          <input
            type="radio"
            name="rounding"
            checked={s.rounding.mode === 'largestRemainder'}
            onChange={() => set('rounding', { ...s.rounding, mode: 'largestRemainder' })}
          />{' '}
          Ép tổng đúng 100% (phần dư lớn nhất)
        </label>
        <label className="field inline">
          Số chữ số thập phân{' '}
          <input
            type="number"
            min={0}
            max={4}
            value={s.rounding.decimals}
            onChange={(e) => set('rounding', { ...s.rounding, decimals: Number(e.target.value) })}
          />
        </label>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary">
          Lưu cài đặt
        </button>
      </div>
      <fieldset>
        <legend>Tệp dữ liệu</legend>
        <p className="small">
          Đang dùng: <code>{info.dbPath}</code>
        </p>
        {info.canPickDatabase ? (
          <button type="button" onClick={() => void openOther()}>
            Mở tệp dữ liệu khác…
          </button>
        ) : (
          <p className="muted small">Mở tệp dữ liệu khác chỉ có trong ứng dụng máy tính (trong chế độ web, hãy chạy lại với --db).</p>
        )}
      </fieldset>
      <BackupPanel info={info} />
    </form>
  );
}

function Text({ label, value, onChange }: { label: string; value: string; onChange(v: string): void }) {
  return (
    <label className="field">
      {label} <input value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
