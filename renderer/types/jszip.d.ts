/**
 * The part of JSZip the page uses. jszip's own types reference Node's, which would give the page `Buffer`,
 * `process` and every `node:` module without a compile error; renderer/tsconfig.json maps 'jszip' here instead.
 */
interface ZipEntry {
  async(type: 'string'): Promise<string>;
  async(type: 'uint8array'): Promise<Uint8Array>;
}
interface ZipArchive {
  file(path: string): ZipEntry | null;
}
declare const JSZip: { loadAsync(data: ArrayBuffer | Uint8Array | Blob): Promise<ZipArchive> };
export default JSZip;
