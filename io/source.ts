/** Where an imported file comes from: a path (CLI, desktop) or bytes sent by the UI. Size is checked before reading. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../core/errors.ts';
import { checkFileSize, MAX_FILE_BYTES, mb } from './limits.ts';

import type { Source } from './source-schema.ts';
export { sourceSchema, type Source } from './source-schema.ts';

export interface LoadedFile {
  name: string;
  bytes: Buffer;
}

export function loadSource(src: Source): LoadedFile {
  if ('path' in src) {
    const name = basename(src.path);
    if (!existsSync(src.path)) throw new UserError(`Không tìm thấy tệp "${src.path}".`, 'not-found');
    const st = statSync(src.path);
    if (!st.isFile()) throw new UserError(`"${src.path}" không phải một tệp.`, 'not-found');
    checkFileSize(name, st.size);
    return { name, bytes: readFileSync(src.path) };
  }
  // Checked on the encoded length, before decoding allocates anything.
  if (src.base64.length > (MAX_FILE_BYTES / 3) * 4 + 4) {
    throw new UserError(
      `Tệp "${src.name}" quá lớn (khoảng ${mb((src.base64.length * 3) / 4)}); chỉ nhận tệp đến ${mb(MAX_FILE_BYTES)}.`,
      'file-too-large',
    );
  }
  const bytes = Buffer.from(src.base64, 'base64');
  checkFileSize(src.name, bytes.length);
  return { name: src.name, bytes };
}
