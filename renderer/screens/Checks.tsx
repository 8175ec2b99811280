/** Kiểm tra số liệu: open a draft (.docx or pasted text), see every figure judged, save a corrected copy. */
import { useState } from 'react';
import { call, type In, type Out } from '../api.ts';
import type { ScreenProps } from '../App.tsx';
import { ErrorNote, StatusNote } from '../components/Notice.tsx';
import { deliverFile, toBase64 } from '../download.ts';
import { JobProgress, useJob } from '../components/JobProgress.tsx';
import { claimNote, DraftText } from '../check/DraftText.tsx';

type Draft = { docx: string; name: string } | { text: string; name: string };

async function readDraftFile(file: File): Promise<Draft> {
  if (/\.docx$/i.test(file.name)) return { docx: toBase64(new Uint8Array(await file.arrayBuffer())), name: file.name };
  return { text: await file.text(), name: file.name };
}

export function Checks({ info, year }: ScreenProps) {
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<Draft | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [compare, setCompare] = useState(!info.empty);
  const [result, setResult] = useState<Out<'check.draft'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { job, run } = useJob();

  const input = (): In<'check.draft'> | null => {
    const base = file ?? (pasted.trim() ? { text: pasted, name: 'van-ban.txt' } : null);
    return base && { ...base, ...(compare && info.years.includes(year) ? { year } : {}) };
  };

  const check = async () => {
    const i = input();
    if (!i) { setError('Hãy chọn tệp .docx/.txt hoặc dán văn bản cần kiểm tra.'); return; }
    setError(null);
    setStatus(null);
    try {
      const r = await run('check', 'Đang kiểm tra…', (jobId) => call('check.draft', { ...i, jobId }));
      setResult(r);
      setStatus(`${r.summary.claims} số liệu đã kiểm tra, ${r.summary.wrong} chỗ sai.`);
    } catch (e) {
      setStatus(null);
      setError((e as Error).message);
    }
  };

  const saveFixed = async () => {
    const i = input();
    if (!i) return;
    setError(null);
    try {
      const f = await run('check', 'Đang ghi bản đã sửa…', (jobId) => call('check.fix', { ...i, jobId }));
      const base64 = f.base64 ?? toBase64(new TextEncoder().encode(f.text ?? ''));
      const where = await deliverFile(info.canSaveFile, f.name, base64);
      setStatus(where ? `Đã lưu ${where}: sửa ${f.changes.length} số${f.skipped.length ? `, ${f.skipped.length} số cần sửa tay` : ''}.` : 'Đã hủy lưu tệp.');
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const wrong = result ? result.claims.filter((c) => !c.ok) : [];
  return (
    <div className="screen checks">
      <div className="toolbar">
        <label>
          Tệp dự thảo (.docx, .txt){' '}
          <input key={fileKey} type="file" accept=".docx,.txt" data-testid="check-file" onChange={async (e) => {
            const f = e.target.files?.[0];
            setResult(null);
            setFile(f ? await readDraftFile(f) : null);
          }} />
        </label>
        {file && <button type="button" className="link" onClick={() => { setFile(null); setResult(null); setFileKey((k) => k + 1); }}>Bỏ tệp, dán văn bản</button>}
        <label>
          <input type="checkbox" checked={compare} disabled={info.empty} onChange={(e) => setCompare(e.target.checked)} /> Đối chiếu số lượng với dữ liệu năm {year}
        </label>
        <button type="button" onClick={check} data-testid="check-run">Kiểm tra</button>
        <button type="button" onClick={saveFixed} disabled={!result || !result.claims.some((c) => c.fix)} data-testid="check-save">Lưu bản đã sửa</button>
      </div>
      {!file && (
        <label className="paste">
          Hoặc dán văn bản:
          <textarea value={pasted} rows={8} style={{ width: '100%' }} onChange={(e) => { setPasted(e.target.value); setResult(null); }} data-testid="check-text" />
        </label>
      )}
      <ErrorNote text={error} onClose={() => setError(null)} />
      <JobProgress job={job} />
      <StatusNote text={status} />
      {result && (
        <>
          <DraftText result={result} />
          <div className="table-wrap">
            <table className="table" data-testid="check-claims">
              <caption>Các số liệu đã nhận ra ({wrong.length} sai / {result.claims.length})</caption>
              <thead><tr><th scope="col">Kết quả</th><th scope="col">Loại</th><th scope="col">Ghi trong văn bản</th><th scope="col" className="num">Đúng là</th><th scope="col">Cách tính</th><th scope="col">Đoạn văn</th></tr></thead>
              <tbody>
                {result.claims.map((c, k) => (
                  <tr key={k} className={c.ok ? 'ok' : 'wrong'} title={claimNote(c)}>
                    <td>{c.ok ? '✓ đúng' : '✗ sai'}</td>
                    <td>{{ share: 'Tỷ lệ', sum: 'Tổng', count: 'Số lượng', format: 'Cách viết số' }[c.kind]}</td>
                    <td className="num">{c.printed}</td>
                    <td className="num">{c.ok ? '' : c.expected}</td>
                    <td>{c.detail}</td>
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
