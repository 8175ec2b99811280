/**
 * The steps every spreadsheet import shares: the chosen file, a dry run (with its job and progress) that the
 * screen shows as a preview or as the file's problems, then the write, a status line and the error.
 * With `versionOf`, the write carries the preview's data version: if the data changed since, nothing is
 * written and the preview is shown again, on today's data.
 */
import { useState } from 'react';
import { useJob } from '../components/JobProgress.tsx';
import { toBase64 } from '../download.ts';
import type { Source } from '../screens/ImportErrors.tsx';

type Ok<R> = Extract<R, { ok: true }>;

export interface PreviewImportOptions<R extends { ok: boolean }> {
  /** The job id prefix for the progress events. */
  job: string;
  /** The dry run of `source`. */
  preview(source: Source, jobId: string): Promise<R>;
  /** The write of `source`, carrying the preview's data version when there is one. */
  write(source: Source, jobId: string, expectedVersion: string | undefined): Promise<R>;
  /** The progress text while writing. */
  writing: string;
  /** The status line once written. */
  written(result: Ok<R>, source: Source): string;
  /** The preview's data version: set, a stale write shows the preview again. */
  versionOf?(result: Ok<R>): string;
  /** Runs after a successful write (inside the same error handling). */
  onWritten?(): void | Promise<void>;
}

export function usePreviewImport<R extends { ok: boolean }>(o: PreviewImportOptions<R>) {
  const { job, run } = useJob();
  const [source, setSource] = useState<Source | null>(null);
  const [result, setResult] = useState<R | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const isOk = (r: R | null): r is Ok<R> => r !== null && r.ok;

  /** Runs `work` with the error cleared first and shown if it throws. */
  const attempt = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  /** Reads the chosen file and, unless `next` does something else with it, previews it. */
  const load = async (file: File, next?: (src: Source) => Promise<void>) => {
    setStatus(null);
    setResult(null);
    await attempt(async () => {
      const src = { name: file.name, base64: toBase64(new Uint8Array(await file.arrayBuffer())) };
      setSource(src);
      if (next) await next(src);
      else setResult(await run(o.job, `Đang đọc ${file.name}…`, (jobId) => o.preview(src, jobId)));
    });
  };

  /** Previews the file already chosen. */
  const preview = async () => {
    if (!source) return;
    await attempt(async () => setResult(await run(o.job, `Đang đọc ${source.name}…`, (jobId) => o.preview(source, jobId))));
  };

  const apply = async () => {
    if (!source) return;
    setError(null);
    try {
      const expectedVersion = o.versionOf && isOk(result) ? o.versionOf(result) : undefined;
      const r = await run(o.job, o.writing, (jobId) => o.write(source, jobId, expectedVersion));
      if (!isOk(r)) {
        setResult(r);
        return;
      }
      setStatus(o.written(r, source));
      setResult(null);
      setSource(null);
      await o.onWritten?.();
    } catch (e) {
      setError((e as Error).message);
      // The data changed since the preview: show the preview again, on today's data, before any write.
      if (o.versionOf && (e as { code?: string }).code === 'stale')
        setResult(await run(o.job, 'Đang xem lại…', (jobId) => o.preview(source, jobId)));
    }
  };

  return { job, run, source, result, setResult, setSource, error, setError, status, setStatus, attempt, load, preview, apply };
}
