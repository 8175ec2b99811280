/**
 * The IPC transport: one channel, `tochuc:call`, carrying a method name and its input. Main checks the sender
 * and the method, then relays the call to the background process, where `dispatch` validates the input with
 * zod before any handler runs.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { isMethod } from '../api/contract.ts';
import type { CallReply } from '../core/errors.ts';
import { isTrustedSender, namesAPath, type SenderFrame } from './security.ts';
import { CALL_CHANNEL } from './channels.ts';

export type { CallReply };

/** Runs a call where the database is: the background process in the app, the same process in tests. */
export type Relay = (method: string, input: unknown) => Promise<CallReply>;

/** The part of the IPC transport that does not need Electron: refuse, or relay and return the outcome. */
export async function handleCall(relay: Relay, frame: SenderFrame | null, method: unknown, input: unknown): Promise<CallReply> {
  if (!isTrustedSender(frame)) {
    return { ok: false, error: { code: 'forbidden', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối.' } };
  }
  if (typeof method !== 'string' || !isMethod(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `Không có lệnh "${String(method).slice(0, 80)}".` } };
  }
  if (namesAPath(input)) {
    return {
      ok: false,
      error: { code: 'forbidden', message: `Lệnh "${method}": cửa sổ không được chỉ định đường dẫn tệp; hãy chọn tệp trong hộp thoại.` },
    };
  }
  // A restore may only start from one of the backups the backend lists.
  if (
    method === 'data.restore' &&
    input &&
    typeof input === 'object' &&
    'from' in input &&
    (input as { from?: unknown }).from !== undefined
  ) {
    const from = (input as { from: unknown }).from;
    const listed = await relay('data.backups', {});
    if (!listed.ok) return listed;
    const known = (listed.result as { path: string }[]).map((b) => b.path);
    if (!known.includes(from as string)) {
      return { ok: false, error: { code: 'forbidden', message: 'Chỉ khôi phục được từ một bản sao lưu trong danh sách sao lưu.' } };
    }
  }
  return relay(method, input);
}

function senderOf(event: IpcMainInvokeEvent): SenderFrame | null {
  const f = event.senderFrame;
  return f ? { url: f.url, isTopFrame: f.parent === null } : null;
}

export function registerIpc(ipcMain: IpcMain, relay: Relay): void {
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, input: unknown) => handleCall(relay, senderOf(event), method, input));
}
