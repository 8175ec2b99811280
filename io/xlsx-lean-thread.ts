/**
 * The lean reader's sheet parsed in a worker thread (io/xlsx-lean.worker.ts), its rows handed to the
 * sink here, in order, as they come: the import checks rows on this thread while the other parses.
 * Text cells are normalized here (io/normalize.ts): this thread has time to spare while the other parses.
 * The worker runs at most a few batches ahead (a shared counter it waits on), so a long sheet is never
 * held whole in memory on either side. Errors keep their code and message (UserError), whichever side
 * they come from; an error of the sink stops the worker.
 */
import { Worker } from 'node:worker_threads';
import { UserError, type ErrorCode } from '../core/errors.ts';
import { cleanRow, type Normalizer } from './normalize.ts';
import type { OnProgress, Read, Row, RowSink } from './table.ts';
import type { LeanSheet } from './xlsx-lean.ts';
import type { LoadedFile } from './source.ts';

/** Rows per message, and messages the worker may send before this side has taken them. */
export const BATCH_ROWS = 1000;
export const MAX_IN_FLIGHT = 16;

export interface WorkerInput {
  name: string;
  bytes: Uint8Array;
  sheet: LeanSheet;
  /** [0]: batches taken by this side. */
  taken: Int32Array;
}

export type WorkerMessage =
  | { type: 'sheet'; name: string }
  | { type: 'rows'; rows: Row[]; progress: string | null }
  | { type: 'done'; read: Read }
  | { type: 'error'; message: string; code: ErrorCode | null; details: unknown };

/**
 * The worker's file: beside this module in the sources; once built, beside the bundle's chunks (dist/cli)
 * or beside backend.cjs (dist/electron), as scripts/build-cli.js and build-electron.js write it.
 */
const workerUrl = () => new URL(import.meta.url.endsWith('.ts') ? './xlsx-lean.worker.ts' : './xlsx-lean.worker.js', import.meta.url);

export function readSheetInThread(
  f: LoadedFile,
  sheet: LeanSheet,
  sink: RowSink,
  norm: Normalizer,
  onProgress?: OnProgress,
): Promise<Read> {
  norm.sheet = sheet.name;
  const taken = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { name: f.name, bytes: f.bytes, sheet, taken };
  const worker = new Worker(workerUrl(), { workerData: input });
  return new Promise<Read>((resolve, reject) => {
    let settled = false;
    const stop = (e: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(e);
    };
    worker.on('message', (m: WorkerMessage) => {
      if (settled) return;
      try {
        if (m.type === 'sheet') sink.sheet(m.name);
        else if (m.type === 'rows') {
          for (const r of m.rows) {
            cleanRow(norm, r.cells, r.row);
            sink.row(r);
          }
          Atomics.add(taken, 0, 1);
          Atomics.notify(taken, 0);
          if (m.progress) onProgress?.(0, m.progress);
        } else if (m.type === 'done') {
          settled = true;
          resolve({ ...m.read, nfdCells: norm.nfd, hiddenCells: norm.hidden });
        } else stop(m.code ? new UserError(m.message, m.code, m.details) : new Error(m.message));
      } catch (e) {
        stop(e);
      }
    });
    worker.on('error', stop);
    worker.on('exit', (code) => stop(new Error(`Luồng đọc bảng tính "${f.name}" dừng giữa chừng (mã ${code}).`)));
  });
}
