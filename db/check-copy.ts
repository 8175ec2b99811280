/**
 * The full structural check of a copy of the database (PRAGMA quick_check reads every page), run in
 * a worker thread: it takes 1–3 s at province scale and must never hold up the first screen or
 * any call of the session. The copy is checked rather than the live file, so the worker takes no
 * lock the session could wait on; an online backup copies pages as they are, so a damaged page in
 * the file is a damaged page in the copy.
 *
 * The worker's code is a string (eval) with better-sqlite3's resolved path handed in: the same
 * code then runs from sources, from the CLI bundle and from the Electron bundle, with no worker
 * file to ship beside each.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';

export interface CopyCheck {
  ok: boolean;
  ours: boolean;
  integrity: string;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db;
try {
  db = new Database(workerData.path, { fileMustExist: true });
  // An online backup of a WAL file keeps WAL mode in its header: a copy opens alone as a rollback-journal file.
  db.pragma('journal_mode = DELETE');
  const integrity = String(db.pragma('quick_check', { simple: true }));
  const appId = db.pragma('application_id', { simple: true });
  parentPort.postMessage({ ok: integrity === 'ok', appId, integrity });
} catch (e) {
  parentPort.postMessage({ ok: false, appId: 0, integrity: String(e && (e.code || e.message) || e) });
} finally {
  if (db) db.close();
}
`;

export function checkCopyInWorker(path: string, appId: number): Promise<CopyCheck> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { eval: true, workerData: { path, module } });
    w.once('message', (m: { ok: boolean; appId: number; integrity: string }) =>
      resolve({ ok: m.ok, ours: m.appId === appId, integrity: m.integrity }),
    );
    w.once('error', reject);
    w.once('exit', (code) => {
      if (code !== 0) reject(new Error(`kiểm tra bản sao dừng giữa chừng (mã ${code})`));
    });
  });
}
