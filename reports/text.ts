/** Data in documents is text: nothing a user types or a file holds may break the XML of a .docx. */
import { xmlSafe } from '../core/text.ts';

/** NFC text without control characters (core/text.ts); tabs and line breaks become spaces. */
export function cleanText(s: string): string {
  return xmlSafe(s.normalize('NFC').replace(/[\t\r\n]/g, ' '));
}

/** Like cleanText but keeps line breaks, for multi-line input such as a template body. */
export function cleanLines(s: string): string {
  return xmlSafe(s.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' '));
}

/** "Chi bộ trực thuộc …" → "chi bộ trực thuộc …", for a label in the middle of a sentence. */
export function lowerFirst(s: string): string {
  return s ? s[0]!.toLocaleLowerCase('vi') + s.slice(1) : s;
}

export function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}
