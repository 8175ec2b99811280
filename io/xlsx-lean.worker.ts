/** The worker thread of io/xlsx-lean-thread.ts: parses the chosen sheet and posts its rows, text as read, in batches. */
import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../core/errors.ts';
import { BATCH_ROWS, MAX_IN_FLIGHT, type WorkerInput, type WorkerMessage } from './xlsx-lean-thread.ts';
import { readSheetLean } from './xlsx-lean.ts';
import { Verbatim } from './normalize.ts';
import type { Row } from './table.ts';

const { name, bytes, sheet, taken } = workerData as WorkerInput;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
let batch: Row[] = [];
let sent = 0;
const flush = (progress: string | null) => {
  post({ type: 'rows', rows: batch, progress });
  batch = [];
  sent++;
  // Wait while the other side is that far behind: this thread only parses, it may block.
  for (let t = Atomics.load(taken, 0); sent - t > MAX_IN_FLIGHT; t = Atomics.load(taken, 0)) Atomics.wait(taken, 0, t, 100);
};

try {
  const read = await readSheetLean(
    { name, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    sheet,
    {
      sheet: (n) => post({ type: 'sheet', name: n }),
      row: (r) => {
        batch.push(r);
        if (batch.length >= BATCH_ROWS) flush(null);
      },
    },
    new Verbatim(name),
    (_fraction, text) => flush(text),
  );
  if (batch.length) flush(null);
  post({ type: 'done', read });
} catch (e) {
  post(
    e instanceof UserError
      ? { type: 'error', message: e.message, code: e.code, details: e.details }
      : { type: 'error', message: (e as Error).message, code: null, details: null },
  );
}
