/**
 * Entry of the background process (dist/electron/backend.cjs), started by main with Electron's
 * `utilityProcess.fork`; it talks to main over `process.parentPort` and imports nothing of Electron.
 */
import { dbPathFromArgs, type FromBackend, type Port, type ToBackend } from './protocol.ts';
import { serveBackend } from './server.ts';

interface ParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as { parentPort?: ParentPort }).parentPort;
const dbPath = dbPathFromArgs(process.argv);
if (!parentPort || !dbPath) {
  process.stderr.write('Tiến trình nền của tochuc chỉ chạy khi ứng dụng khởi động nó (thiếu parentPort hoặc --db).\n');
  process.exit(2);
}

const port: Port<ToBackend, FromBackend> = {
  post: (message) => parentPort.postMessage(message),
  onMessage: (listener) => parentPort.on('message', (e) => listener(e.data as ToBackend)),
};
const session = serveBackend(port, dbPath);
// Main stops us with kill(); closing the handle first checkpoints the WAL into the file.
process.on('SIGTERM', () => {
  session?.db.close();
  process.exit(0);
});
