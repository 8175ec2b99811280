/** What one call may carry, for the transports (web mode's body limit): the largest file an import takes, as base64 in JSON. */
import { MAX_FILE_BYTES, mb } from '../io/limits.ts';

export const MAX_CALL_BYTES = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 1024 * 1024;

export function callTooLargeMessage(): string {
  return `Dữ liệu gửi lên quá lớn (tối đa ${mb(MAX_CALL_BYTES)}); tệp nhập tối đa ${mb(MAX_FILE_BYTES)}.`;
}
