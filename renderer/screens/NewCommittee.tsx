/**
 * A new file for a committee: its level decides the default words (short name, advisory body, issuer
 * code), which follow the level until the user types their own.
 */
import { useEffect, useState } from 'react';
import { call, useApi, type In } from '../api.ts';
import { ErrorNote, WriteErrorNote } from '../components/Notice.tsx';
import { useWrite } from '../useWrite.ts';

type Level = In<'app.init'>['level'];
type Words = 'shortName' | 'advisoryBody' | 'issuerCode' | 'issuingBody';

/** What each level is, in the words of the field (design.md §1). */
const LEVEL_HELP: Record<Level, string> = {
  huyen: 'Đảng bộ huyện (cấp trên cơ sở theo cơ cấu đến 30/6/2025); công tác tổ chức do Ban Tổ chức Huyện ủy đảm nhiệm.',
  xa: 'Đảng bộ xã, phường, đặc khu (từ 1/7/2025 là cấp trên trực tiếp của tổ chức cơ sở đảng); công tác tổ chức do Ban Xây dựng Đảng đảm nhiệm.',
  tinh: 'Đảng bộ tỉnh, thành phố trực thuộc Trung ương; công tác tổ chức do Ban Tổ chức Tỉnh ủy đảm nhiệm.',
};

export function NewCommittee({ onDone, onCancel }: { onDone(year: number): void; onCancel?: () => void }) {
  const thisYear = new Date().getFullYear();
  const [level, setLevel] = useState<Level>('xa');
  const [name, setName] = useState('');
  const [words, setWords] = useState<Record<Words, string>>({ shortName: '', advisoryBody: '', issuerCode: '', issuingBody: '' });
  const [typed, setTyped] = useState<Set<Words>>(new Set());
  const [superior, setSuperior] = useState('');
  const [place, setPlace] = useState('');
  const [term, setTerm] = useState('2025-2030');
  const [firstYear, setFirstYear] = useState(thisYear);
  const [signerName, setSignerName] = useState('');
  const write = useWrite();
  const busy = write.busy;
  const levels = useApi('setup.levels', { committeeName: name.trim() || undefined });
  const current = levels.data?.find((l) => l.level === level);

  // The level's words fill every field the user has not typed in.
  useEffect(() => {
    if (!current) return;
    setWords((w) => {
      const next = { ...w };
      for (const k of ['shortName', 'advisoryBody', 'issuerCode', 'issuingBody'] as Words[]) if (!typed.has(k)) next[k] = current[k];
      return next;
    });
  }, [current, typed]);

  const word = (k: Words, label: string, hint?: string) => (
    <label className="field">
      {label}
      <input
        value={words[k]}
        onChange={(e) => {
          setWords({ ...words, [k]: e.target.value });
          setTyped(new Set(typed).add(k));
        }}
        required={k !== 'issuingBody'}
      />
      {hint && <span className="small muted">{hint}</span>}
    </label>
  );

  // The new file's years and state reach App by the data-changed the backend pushes for app.init.
  const submit = async () => {
    const r = await write.run(() =>
      call('app.init', {
        level,
        committeeName: name.trim(),
        superiorBody: superior.trim(),
        place: place.trim(),
        firstYear,
        shortName: words.shortName.trim() || undefined,
        advisoryBody: words.advisoryBody.trim() || undefined,
        issuerCode: words.issuerCode.trim() || undefined,
        issuingBody: words.issuingBody.trim() || undefined,
        term: term.trim() || undefined,
        signer:
          signerName.trim() && current
            ? { name: signerName.trim(), title: current.signerTitle, authority: current.signerAuthority }
            : undefined,
      }),
    );
    if (r) onDone(r.year);
  };

  return (
    <form
      className="panel new-committee"
      data-testid="new-committee"
      aria-label="Lập tệp dữ liệu cho một cấp ủy"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>Lập tệp dữ liệu cho cấp ủy của mình</h2>
      <fieldset>
        <legend>Cấp của cấp ủy</legend>
        {(levels.data ?? []).map((l) => (
          <label key={l.level} className="choice">
            <input type="radio" name="level" value={l.level} checked={level === l.level} onChange={() => setLevel(l.level)} />
            <span>
              <strong>{l.levelName}</strong>
              <br />
              <span className="small muted">{LEVEL_HELP[l.level]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <label className="field">
          Tên đầy đủ của đảng bộ{' '}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            placeholder={level === 'xa' ? 'Đảng bộ xã Quốc Oai' : level === 'tinh' ? 'Đảng bộ tỉnh …' : 'Đảng bộ huyện …'}
          />
        </label>
        {word('shortName', 'Tên gọi trong câu văn', 'Ví dụ: Huyện ủy, Đảng ủy xã, Tỉnh ủy')}
        <label className="field">
          Cơ quan cấp trên (in hoa ở đầu văn bản){' '}
          <input value={superior} onChange={(e) => setSuperior(e.target.value)} required placeholder="ĐẢNG BỘ THÀNH PHỐ HÀ NỘI" />
        </label>
        {word('issuingBody', 'Cơ quan ban hành (in hoa)')}
        {word('issuerCode', 'Ký hiệu cơ quan ban hành', 'HU, ĐU, TU… (trong số văn bản "Số 12-BC/ĐU")')}
        {word('advisoryBody', 'Cơ quan tham mưu, soạn thảo', 'Ban Tổ chức, Ban Xây dựng Đảng')}
        <label className="field">
          Địa danh (ở dòng ngày tháng) <input value={place} onChange={(e) => setPlace(e.target.value)} required placeholder="Quốc Oai" />
        </label>
        <label className="field">
          Nhiệm kỳ <input value={term} onChange={(e) => setTerm(e.target.value)} placeholder="2025-2030" />
        </label>
        <label className="field">
          Năm đầu tiên có số liệu{' '}
          <input type="number" min={1990} max={2100} value={firstYear} onChange={(e) => setFirstYear(Number(e.target.value))} required />
        </label>
        <label className="field">
          Người ký (họ và tên, có thể để trống) <input value={signerName} onChange={(e) => setSignerName(e.target.value)} />
          {current && (
            <span className="small muted">
              {current.signerAuthority} · {current.signerTitle}
            </span>
          )}
        </label>
      </div>
      {write.error ? <WriteErrorNote error={write.error} onClose={write.clearError} /> : <ErrorNote text={levels.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Đang lập tệp…' : 'Lập tệp dữ liệu'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Quay lại
          </button>
        )}
      </div>
      <p className="small muted">
        Các thông tin này sửa lại được trong Cài đặt. Sau khi lập tệp, nhập danh sách đơn vị ở màn hình Tổ chức.
      </p>
    </form>
  );
}
