/** How handlers that read or produce files treat paths and deliver what they made. */
import { resolve } from 'node:path';
import type { Ctx } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { writeFileWhole } from '../../db/pending.ts';

/**
 * Paths name files on this machine: fine from the terminal or the desktop's own dialogs, not from a
 * browser page, which sends file contents (base64) and receives them back instead.
 */
export function noPathsFromWeb(ctx: Ctx, ...paths: (string | undefined)[]): void {
  if (ctx.host.kind === 'web' && paths.some((p) => p !== undefined)) {
    throw new UserError(
      'Ở chế độ web không đọc hay ghi tệp theo đường dẫn; hãy gửi nội dung tệp, chương trình sẽ trả tệp về để tải xuống.',
      'forbidden',
    );
  }
}

/** Writes to `out` when given (CLI), else lets the desktop save it, else sends the bytes back (web). */
export async function deliver(ctx: Ctx, name: string, bytes: Buffer, rows: number, out: string | undefined) {
  if (out) {
    const path = resolve(out);
    writeFileWhole(path, bytes);
    return { name, path, bytes: bytes.length, base64: null, rows };
  }
  if (ctx.host.saveFile) {
    const path = await ctx.host.saveFile(name, bytes);
    return { name, path, bytes: bytes.length, base64: null, rows };
  }
  return { name, path: null, bytes: bytes.length, base64: bytes.toString('base64'), rows };
}
