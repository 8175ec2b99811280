/** Hands a file the app made to the user: a Save dialog in the desktop app, a browser download in web mode. */
import { call } from './api.ts';
import { fromBase64 } from './base64.ts';

export { fromBase64, toBase64 } from './base64.ts';

export async function deliverFile(canSaveFile: boolean, name: string, base64: string): Promise<string | null> {
  if (canSaveFile) return (await call('app.saveFile', { name, base64 })).path;
  const url = URL.createObjectURL(new Blob([fromBase64(base64) as Uint8Array<ArrayBuffer>]));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
