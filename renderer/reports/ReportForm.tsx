import { useEffect, useState } from 'react';
import { call, useApi, type In, type Out } from '../api.ts';
import type { ScreenProps } from '../App.tsx';
import { ErrorNote, StatusNote, WriteErrorNote } from '../components/Notice.tsx';
import { useWrite } from '../useWrite.ts';
import { UserError } from '../../core/errors.ts';
import { deliverFile } from '../download.ts';
import { DocxPreview } from './DocxPreview.tsx';
import { JobProgress, useJob } from '../components/JobProgress.tsx';
import { formatInt, formatPlaceDate } from '../../format/vi.ts';
import { CoverageNote } from '../components/CoverageNote.tsx';

type Kind = Out<'reports.kinds'>[number]['kind'];

/** Today in Vietnam, whatever the computer's clock zone: the date the office writes on its documents. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

export function ReportForm({ info, year, setYear }: ScreenProps) {
  const kinds = useApi('reports.kinds', {});
  const templates = useApi('templates.list', {});
  const settings = useApi('settings.get', {});
  const [kind, setKind] = useState<Kind>('de-an');
  const [template, setTemplate] = useState('');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(today());
  const [signer, setSigner] = useState(0);
  const [recipients, setRecipients] = useState('');
  const [about, setAbout] = useState('');
  const [replaces, setReplaces] = useState('');
  const [meeting, setMeeting] = useState({ date: '', place: '', chair: '', attendees: '' });
  const [compareYears, setCompareYears] = useState<number[]>(() => info.years.filter((y) => y < year).slice(-2));
  const [preview, setPreview] = useState<string | null>(null);
  const { job, run: runJob } = useJob();
  const write = useWrite();
  const busy = write.busy;
  // Not refusals: the question before a document of an incomplete year, and the warnings of a document made.
  const [note, setNote] = useState<string | null>(null);
  const suggested = useApi('reports.suggestNumber', {
    kind,
    ...(template ? { template } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : {}),
  });
  const kindInfo = kinds.data?.find((k) => k.kind === kind);
  const coverage = useApi('coverage.year', { year });
  // Saving a document from an incomplete year asks once more; the preview does not.
  const [confirmed, setConfirmed] = useState<number | null>(null);
  const incomplete = coverage.data?.complete === false;
  const forKind = (templates.data ?? []).filter((t) => t.kind === kind);

  useEffect(() => {
    setTemplate('');
    setPreview(null);
  }, [kind]);

  const input = (previewOnly: boolean, jobId: string): In<'reports.generate'> => {
    const n = Number(number);
    return {
      kind,
      year,
      ...(template ? { template } : {}),
      ...(number.trim() && Number.isInteger(n) && n > 0 ? { number: n } : {}),
      ...(date ? { date } : {}),
      signer,
      ...(recipients.trim()
        ? {
            recipients: recipients
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
          }
        : {}),
      ...(about.trim() ? { about: about.trim() } : {}),
      ...(kindInfo?.compares ? { compareYears: compareYears.filter((y) => y !== year) } : {}),
      ...(/^\d+$/.test(replaces.trim()) ? { replaces: Number(replaces.trim()) } : {}),
      ...(kind === 'ket-luan' && Object.values(meeting).some((v) => v.trim())
        ? {
            meeting: Object.fromEntries(
              Object.entries(meeting)
                .filter(([, v]) => v.trim())
                .map(([k, v]) => [k, v.trim()]),
            ),
          }
        : {}),
      preview: previewOnly,
      jobId,
    };
  };

  const run = async (previewOnly: boolean) => {
    setNote(null);
    if (!previewOnly && incomplete && confirmed !== year) {
      write.clearError();
      setNote(
        `Năm ${year} chưa đủ số liệu: ${coverage.data?.text ?? 'còn đơn vị chưa nhập'}. Văn bản sẽ chỉ tính các đơn vị đã nhập. Nhấn "${info.canSaveFile ? 'Lưu .docx…' : 'Tải về .docx'}" lần nữa để vẫn soạn.`,
      );
      setConfirmed(year);
      return;
    }
    await write.run(
      async () => {
        if (number.trim() && !/^\d+$/.test(number.trim()))
          throw new UserError(`Số văn bản "${number}" phải là số nguyên dương (ví dụ 12).`, 'invalid');
        const r = await runJob('report', 'Đang soạn văn bản…', (jobId) => call('reports.generate', input(previewOnly, jobId)));
        setPreview(r.base64);
        if (r.warnings.length > 0) setNote(`Lưu ý: ${r.warnings.join(' ')}`);
        return { r, where: previewOnly ? null : await deliverFile(info.canSaveFile, r.fileName, r.base64) };
      },
      ({ r, where }) =>
        previewOnly
          ? `Bản xem trước: Số ${r.number} (${formatInt(Math.round(r.size / 1024))} KB). Chưa ghi vào lịch sử.`
          : where
            ? `Đã lưu ${where} — Số ${r.number} (nhiệm kỳ ${r.term}), ${formatInt(Math.round(r.size / 1024))} KB, mẫu ${r.templateCode} phiên bản ${r.templateVersion}.`
            : 'Đã hủy lưu tệp.',
    );
  };

  return (
    <div className="reports-layout">
      <form
        className="panel"
        onSubmit={(e) => {
          e.preventDefault();
          void run(false);
        }}
        aria-label="Soạn văn bản"
      >
        <label className="field">
          Loại văn bản
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid="report-kind">
            {(kinds.data ?? []).map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Năm số liệu
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {info.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <CoverageNote coverage={coverage.data ?? undefined} testId="report-coverage" />
        {kindInfo?.compares && (
          <fieldset className="years">
            <legend>So sánh với các năm</legend>
            {info.years
              .filter((y) => y !== year)
              .map((y) => (
                <label key={y}>
                  <input
                    type="checkbox"
                    checked={compareYears.includes(y)}
                    onChange={(e) => setCompareYears((s) => (e.target.checked ? [...s, y] : s.filter((x) => x !== y)))}
                  />{' '}
                  {y}
                </label>
              ))}
          </fieldset>
        )}
        <label className="field">
          Mẫu
          <select value={template} onChange={(e) => setTemplate(e.target.value)}>
            <option value="">Mẫu mặc định của loại này</option>
            {forKind.map((t) => (
              <option key={t.code} value={t.code}>
                {t.name} (phiên bản {t.version})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Số văn bản (để trống: lấy số tiếp theo{suggested.data ? ` — ${suggested.data.number}` : ''})
          <input
            inputMode="numeric"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            placeholder={suggested.data ? String(suggested.data.seq) : ''}
          />
        </label>
        <label className="field">
          Thay bản nháp (mã lịch sử của văn bản mang số này; để trống nếu không thay)
          <input inputMode="numeric" value={replaces} onChange={(e) => setReplaces(e.target.value)} data-testid="report-replaces" />
        </label>
        <label className="field">
          Ngày ban hành <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        {settings.data && date && <p className="small muted">{formatPlaceDate(settings.data.place, date)}</p>}
        <label className="field">
          Người ký
          <select value={signer} onChange={(e) => setSigner(Number(e.target.value))}>
            {(settings.data?.signers ?? []).map((s, i) => (
              <option key={i} value={i}>
                {[s.authority, s.title, s.name].filter(Boolean).join(' — ')}
              </option>
            ))}
          </select>
        </label>
        {kind === 'ket-luan' && (
          <fieldset className="years">
            <legend>Hội nghị được kết luận</legend>
            <label className="field">
              Ngày họp{' '}
              <input value={meeting.date} onChange={(e) => setMeeting((m) => ({ ...m, date: e.target.value }))} placeholder="10/3/2019" />
            </label>
            <label className="field">
              Địa điểm <input value={meeting.place} onChange={(e) => setMeeting((m) => ({ ...m, place: e.target.value }))} />
            </label>
            <label className="field">
              Người chủ trì <input value={meeting.chair} onChange={(e) => setMeeting((m) => ({ ...m, chair: e.target.value }))} />
            </label>
            <label className="field">
              Thành phần dự họp{' '}
              <input value={meeting.attendees} onChange={(e) => setMeeting((m) => ({ ...m, attendees: e.target.value }))} />
            </label>
          </fieldset>
        )}
        <label className="field">
          Trích yếu (để trống: theo mẫu) <input value={about} onChange={(e) => setAbout(e.target.value)} />
        </label>
        <label className="field">
          Nơi nhận (mỗi dòng một nơi; để trống: theo mẫu){' '}
          <textarea rows={3} value={recipients} onChange={(e) => setRecipients(e.target.value)} />
        </label>
        <div className="actions">
          <button type="button" onClick={() => void run(true)} disabled={busy}>
            Xem trước
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {info.canSaveFile ? 'Lưu .docx…' : 'Tải về .docx'}
          </button>
        </div>
        <JobProgress job={job} />
        {write.error ? (
          <>
            <WriteErrorNote error={write.error} onClose={write.clearError} />
            {write.error.code === 'number-used' && (
              <NumberUsed
                holder={(write.error.details as { holder?: number } | undefined)?.holder}
                onNext={() => {
                  setNumber('');
                  write.clearError();
                }}
                onReplace={(id) => {
                  setReplaces(String(id));
                  write.clearError();
                }}
              />
            )}
          </>
        ) : (
          <ErrorNote text={note ?? kinds.error ?? templates.error} onClose={() => setNote(null)} />
        )}
        <StatusNote text={write.status} />
      </form>
      <div>{preview ? <DocxPreview base64={preview} /> : <p className="muted">Nhấn "Xem trước" để xem văn bản trước khi lưu.</p>}</div>
    </div>
  );
}

/** The two ways out of a number another document holds, as the refusal says: the next free number, or replace that draft. */
function NumberUsed({ holder, onNext, onReplace }: { holder: number | undefined; onNext(): void; onReplace(id: number): void }) {
  return (
    <div className="actions" data-testid="number-used">
      <button type="button" onClick={onNext}>
        Lấy số còn trống tiếp theo
      </button>
      {holder !== undefined && (
        <button type="button" onClick={() => onReplace(holder)}>
          Thay thế văn bản {holder}
        </button>
      )}
    </div>
  );
}
