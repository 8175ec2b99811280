/** File bytes as base64, the way they travel through the contract. */
// Chromium 140 and later (Electron 45's, Debian's) encode and decode base64 natively, many times faster than
// a loop over characters: a file of province size then never holds the page for long. The loops stay for
// an older engine.
interface NativeBase64 {
  fromBase64?(base64: string): Uint8Array;
}

/** File bytes travel through the contract as base64 (JSON over HTTP, structured clone over IPC alike). */
export function toBase64(bytes: Uint8Array): string {
  const native = bytes as Uint8Array & { toBase64?(): string };
  if (typeof native.toBase64 === 'function') return native.toBase64();
  let s = '';
  // In slices: String.fromCharCode(...all) overflows the call stack on a file of a few megabytes.
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(base64: string): Uint8Array {
  const native = (Uint8Array as unknown as NativeBase64).fromBase64;
  if (typeof native === 'function') return native.call(Uint8Array, base64);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}
