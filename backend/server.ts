/**
 * The desktop app's backend: it owns the database file and runs every call, so a 600 ms document or a
 * 19 s member import never holds up the window, and a crash (an out-of-memory file) takes only this process.
 */
import { runCall, toApiError } from '../api/dispatch.ts';
import { createCtx, createSession } from '../api/session.ts';
import type { Host } from '../core/host.ts';
import type { Session } from '../core/context.ts';
import type { FromBackend, HostRequest, Port, ToBackend } from './protocol.ts';

export function serveBackend(port: Port<ToBackend, FromBackend>, dbPath: string): Session | null {
  const waiting = new Map<number, { resolve(v: string | null): void; reject(e: Error): void }>();
  let nextId = 1;
  const ask = (req: HostRequest) =>
    new Promise<string | null>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      port.post({ type: 'host', id, ...req });
    });
  const host: Host = {
    kind: 'electron',
    saveFile: (name, bytes) => ask({ op: 'saveFile', name, bytes }),
    pickDatabaseFile: () => ask({ op: 'pickDatabaseFile' }),
  };

  let session: Session;
  try {
    session = createSession(dbPath);
  } catch (e) {
    port.post({ type: 'failed', error: toApiError(e) });
    return null;
  }
  const ctx = createCtx(session, host);
  ctx.events.listen((event) => port.post({ type: 'event', event }));

  port.onMessage(async (msg) => {
    if (msg.type === 'host-reply') {
      const w = waiting.get(msg.id);
      waiting.delete(msg.id);
      if (msg.ok) w?.resolve(msg.result);
      else w?.reject(new Error(msg.message));
      return;
    }
    const opened = session.dbPath;
    const reply = await runCall(ctx, msg.method, msg.input);
    if (session.dbPath !== opened) port.post({ type: 'opened', dbPath: session.dbPath });
    port.post({ type: 'reply', id: msg.id, reply });
  });
  port.post({ type: 'ready', dbPath: session.dbPath });
  return session;
}
