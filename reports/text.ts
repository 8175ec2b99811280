/** Data in documents is text: nothing a user types or a file holds may break the XML of a .docx. */

// C0/C1 controls (tab and newline are split out before this), lone surrogates, and the non-characters XML forbids.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NFC text without control characters; tabs and line breaks become spaces. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(/[\t\r\n]/g, ' ').replace(FORBIDDEN, '');
}

/** Like cleanText but keeps line breaks, for multi-line input such as a template body. */
export function cleanLines(s: string): string {
  return s.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(FORBIDDEN, '');
}

/** "Chi bộ trực thuộc …" → "chi bộ trực thuộc …", for a label in the middle of a sentence. */
export function lowerFirst(s: string): string {
  return s ? s[0]!.toLocaleLowerCase('vi') + s.slice(1) : s;
}

export function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}
