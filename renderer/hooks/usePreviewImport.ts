/**
 * The steps every spreadsheet import shares: the chosen file, a dry run (with its job and progress) that the
 * screen shows as a preview or as the file's problems, then the write. Each step goes through useWrite, so the
 * status line and the error with its code are the same as every other write's.
 * With `versionOf`, the write carries the preview's data version: if the data changed since, nothing is
 * written and the preview is shown again, on today's data.
 */
import { useState } from 'react';
import { useJob } from '../components/JobProgress.tsx';
import { toBase64 } from '../download.ts';
import { useWrite } from '../useWrite.ts';
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
  const write = useWrite();
  const [source, setSource] = useState<Source | null>(null);
  const [result, setResult] = useState<R | null>(null);
  const isOk = (r: R | null): r is Ok<R> => r !== null && r.ok;
  const dryRun = (src: Source, text: string) => run(o.job, text, (jobId) => o.preview(src, jobId));

  /** Reads the chosen file and, unless `next` does something else with it, previews it. */
  const load = (file: File, next?: (src: Source) => Promise<void>) => {
    setResult(null);
    return write.run(async () => {
      const src = { name: file.name, base64: toBase64(new Uint8Array(await file.arrayBuffer())) };
      setSource(src);
      if (next) await next(src);
      else setResult(await dryRun(src, `Đang đọc ${file.name}…`));
    });
  };

  /** Previews the file already chosen. */
  const preview = async () => {
    if (!source) return;
    await write.run(async () => setResult(await dryRun(source, `Đang đọc ${source.name}…`)));
  };

  const apply = async () => {
    if (!source) return;
    const expectedVersion = o.versionOf && isOk(result) ? o.versionOf(result) : undefined;
    await write.run(
      async () => {
        const r = await run(o.job, o.writing, (jobId) => o.write(source, jobId, expectedVersion));
        if (!isOk(r)) {
          setResult(r);
          return r;
        }
        setResult(null);
        setSource(null);
        await o.onWritten?.();
        return r;
      },
      (r) => (isOk(r) ? o.written(r, source) : null),
      (e) => {
        // The data changed since the preview: show the preview again, on today's data, before any write.
        // Should that read fail too, no preview is left to write from; the refusal above stays on screen.
        if (o.versionOf && e.code === 'stale') dryRun(source, 'Đang xem lại…').then(setResult, () => setResult(null));
      },
    );
  };

  return {
    job,
    run,
    source,
    result,
    setResult,
    setSource,
    busy: write.busy,
    error: write.error,
    clearError: write.clearError,
    status: write.status,
    /** Runs another step of the screen (a template to download, a column mapping) with the same status and error. */
    attempt: write.run,
    load,
    preview,
    apply,
  };
}
