/**
 * The IPC transport: one channel, `tochuc:call`, carrying a method name and its input. The sender is checked,
 * the method must be in the contract, and `dispatch` validates the input with zod before any handler runs.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Ctx } from '../core/context.ts';
import { dispatch, isMethod, toApiError, type ApiError } from '../api/dispatch.ts';
import { isTrustedSender, namesAPath, type SenderFrame } from './security.ts';
import { CALL_CHANNEL } from './channels.ts';


export type CallReply = { ok: true; result: unknown } | { ok: false; error: ApiError };

/** The part of the IPC transport that does not need Electron: refuse, or dispatch and wrap the outcome. */
export async function handleCall(ctx: Ctx, frame: SenderFrame | null, method: unknown, input: unknown): Promise<CallReply> {
  if (!isTrustedSender(frame)) {
    return { ok: false, error: { code: 'forbidden', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối.' } };
  }
  if (typeof method !== 'string' || !isMethod(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `Không có lệnh "${String(method).slice(0, 80)}".` } };
  }
  if (namesAPath(input)) {
    return { ok: false, error: { code: 'forbidden', message: `Lệnh "${method}": cửa sổ không được chỉ định đường dẫn tệp; hãy chọn tệp trong hộp thoại.` } };
  }
  try {
    // A restore may only start from one of the backups the main process lists.
    if (method === 'data.restore' && input && typeof input === 'object' && 'from' in input && (input as { from?: unknown }).from !== undefined) {
      const from = (input as { from: unknown }).from;
      const known = (await dispatch(ctx, 'data.backups', {})).map((b) => b.path);
      if (!known.includes(from as string)) {
        return { ok: false, error: { code: 'forbidden', message: 'Chỉ khôi phục được từ một bản sao lưu trong danh sách sao lưu.' } };
      }
    }
    return { ok: true, result: await dispatch(ctx, method, input) };
  } catch (e) {
    return { ok: false, error: toApiError(e) };
  }
}

function senderOf(event: IpcMainInvokeEvent): SenderFrame | null {
  const f = event.senderFrame;
  return f ? { url: f.url, isTopFrame: f.parent === null } : null;
}

export function registerIpc(ipcMain: IpcMain, ctx: () => Ctx): void {
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, input: unknown) => handleCall(ctx(), senderOf(event), method, input));
}
