/** Hands a file the app made to the user: a Save dialog in the desktop app, a browser download in web mode. */
import { call } from './api.ts';

/** File bytes travel through the contract as base64 (JSON over HTTP, structured clone over IPC alike). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  // In slices: String.fromCharCode(...all) overflows the call stack on a file of a few megabytes.
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

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
