/** Kiểm tra số liệu: open a draft (.docx or pasted text), see every figure judged, save a corrected copy. */
import { useState } from 'react';
import { call, type In, type Out } from '../api.ts';
import type { ScreenProps } from '../App.tsx';
import { StatusNote, WriteErrorNote } from '../components/Notice.tsx';
import { useWrite } from '../useWrite.ts';
import { UserError } from '../../core/errors.ts';
import { deliverFile, toBase64 } from '../download.ts';
import { JobProgress, useJob } from '../components/JobProgress.tsx';
import { claimNote, DraftText } from '../check/DraftText.tsx';

type Draft = { docx: string; name: string } | { text: string; name: string };

async function readDraftFile(file: File): Promise<Draft> {
  if (/\.docx$/i.test(file.name)) return { docx: toBase64(new Uint8Array(await file.arrayBuffer())), name: file.name };
  return { text: await file.text(), name: file.name };
}

/** Which year's data the counts are compared with: the year the draft speaks of, one chosen here, or none. */
type YearChoice = 'auto' | 'none' | number;

const VERDICT = (ok: boolean | null) => (ok === true ? '✓ đúng' : ok === false ? '✗ sai' : '? không kiểm được');

export function Checks({ info, year }: ScreenProps) {
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<Draft | null>(null);
  const [fileKey, setFileKey] = useState(0);
  // Its own year: a draft about 2019 is never compared with the year chosen on another screen unless asked.
  const [choice, setChoice] = useState<YearChoice>(info.empty ? 'none' : 'auto');
  const [used, setUsed] = useState<number | null>(null);
  const [result, setResult] = useState<Out<'check.draft'> | null>(null);
  const write = useWrite();
  const { job, run } = useJob();

  const draftOf = () => file ?? (pasted.trim() ? { text: pasted, name: 'van-ban.txt' } : null);
  const input = (y: number | null): In<'check.draft'> | null => {
    const base = draftOf();
    return base && { ...base, ...(y !== null ? { year: y } : {}) };
  };
  /** The year to compare with: chosen here; or, by default, the draft's own year, else the year chosen for the file. */
  const yearFor = (draftYear: number | null): number | null => {
    if (choice === 'none') return null;
    if (choice !== 'auto') return choice;
    if (draftYear !== null) return info.years.includes(draftYear) ? draftYear : null;
    return info.years.includes(year) ? year : null;
  };

  const check = () =>
    write.run(
      async () => {
        const plain = input(null);
        if (!plain) throw new UserError('Hãy chọn tệp .docx/.txt hoặc dán văn bản cần kiểm tra.', 'nothing');
        const r = await run('check', 'Đang kiểm tra…', async (jobId) => {
          const first = await call('check.draft', { ...plain, jobId });
          const y = yearFor(first.summary.draftYear);
          setUsed(y);
          return y === null ? first : call('check.draft', { ...plain, year: y, jobId });
        });
        setResult(r);
        return r.summary;
      },
      (s) => `${s.claims} số liệu đã kiểm tra, ${s.wrong} chỗ sai${s.unverified ? `, ${s.unverified} không kiểm được` : ''}.`,
    );

  const saveFixed = async () => {
    const i = input(used);
    if (!i) return;
    await write.run(
      async () => {
        const f = await run('check', 'Đang ghi bản đã sửa…', (jobId) => call('check.fix', { ...i, jobId }));
        const base64 = f.base64 ?? toBase64(new TextEncoder().encode(f.text ?? ''));
        return { f, where: await deliverFile(info.canSaveFile, f.name, base64) };
      },
      ({ f, where }) =>
        where
          ? `Đã lưu ${where}: sửa ${f.changes.length} số${f.skipped.length ? `, ${f.skipped.length} số cần sửa tay` : ''}.`
          : 'Đã hủy lưu tệp.',
    );
  };

  const wrong = result ? result.claims.filter((c) => c.ok === false) : [];
  const draftYear = result?.summary.draftYear ?? null;
  return (
    <div className="screen checks">
      <div className="toolbar">
        <label>
          Tệp dự thảo (.docx, .txt){' '}
          <input
            key={fileKey}
            type="file"
            accept=".docx,.txt"
            data-testid="check-file"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              setResult(null);
              setFile(f ? await readDraftFile(f) : null);
            }}
          />
        </label>
        {file && (
          <button
            type="button"
            className="link"
            onClick={() => {
              setFile(null);
              setResult(null);
              setFileKey((k) => k + 1);
            }}
          >
            Bỏ tệp, dán văn bản
          </button>
        )}
        <label>
          Đối chiếu số lượng với dữ liệu{' '}
          <select
            data-testid="check-year"
            value={String(choice)}
            disabled={info.empty}
            onChange={(e) => {
              const v = e.target.value;
              setChoice(v === 'auto' || v === 'none' ? v : Number(v));
              setResult(null);
            }}
          >
            <option value="auto">năm ghi trong bản thảo</option>
            {info.years.map((y) => (
              <option key={y} value={String(y)}>
                năm {y}
              </option>
            ))}
            <option value="none">không đối chiếu</option>
          </select>
        </label>
        <button type="button" onClick={() => void check()} disabled={write.busy} data-testid="check-run">
          Kiểm tra
        </button>
        <button
          type="button"
          onClick={() => void saveFixed()}
          disabled={write.busy || !result || !result.claims.some((c) => c.fix)}
          data-testid="check-save"
        >
          Lưu bản đã sửa
        </button>
      </div>
      {!file && (
        <label className="paste">
          Hoặc dán văn bản:
          <textarea
            value={pasted}
            rows={8}
            style={{ width: '100%' }}
            onChange={(e) => {
              setPasted(e.target.value);
              setResult(null);
            }}
            data-testid="check-text"
          />
        </label>
      )}
      <WriteErrorNote error={write.error} onClose={write.clearError} />
      <JobProgress job={job} />
      <StatusNote text={write.status} />
      {result && (
        <>
          <p data-testid="check-draft-year">
            {draftYear !== null ? `Bản thảo nói về năm ${draftYear} (đọc từ văn bản). ` : 'Bản thảo không ghi rõ năm. '}
            {used !== null ? `Số lượng đối chiếu với dữ liệu năm ${used}.` : 'Số lượng không đối chiếu với dữ liệu.'}
            {draftYear !== null && used !== null && draftYear !== used
              ? ` Năm đối chiếu khác năm của bản thảo: số lượng khác dữ liệu được ghi là không kiểm được.`
              : ''}
            {draftYear !== null && used === null && choice === 'auto' && !info.years.includes(draftYear)
              ? ` Tệp dữ liệu không có năm ${draftYear}.`
              : ''}
          </p>
          <DraftText result={result} />
          <div className="table-wrap">
            <table className="table" data-testid="check-claims">
              <caption>
                Các số liệu đã nhận ra ({wrong.length} sai
                {result.summary.unverified ? `, ${result.summary.unverified} không kiểm được` : ''} / {result.claims.length})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Kết quả</th>
                  <th scope="col">Loại</th>
                  <th scope="col">Ghi trong văn bản</th>
                  <th scope="col" className="num">
                    Đúng là
                  </th>
                  <th scope="col">Cách tính</th>
                  <th scope="col">Đoạn văn</th>
                </tr>
              </thead>
              <tbody>
                {result.claims.map((c, k) => (
                  <tr key={k} className={c.ok === true ? 'ok' : c.ok === false ? 'wrong' : 'unverified'} title={claimNote(c)}>
                    <td>{VERDICT(c.ok)}</td>
                    <td>{{ share: 'Tỷ lệ', sum: 'Tổng', count: 'Số lượng', format: 'Cách viết số' }[c.kind]}</td>
                    <td className="num">{c.printed}</td>
                    <td className="num">{c.ok === false ? c.expected : ''}</td>
                    <td>
                      {c.detail}
                      {c.basis ? (
                        <>
                          <br />
                          <small>{c.basis}</small>
                        </>
                      ) : null}
                    </td>
                    <td>{c.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
