/**
 * Text as it enters tochuc (imported cells, API input, command-line arguments): NFC, and without the
 * characters that break an export's XML (controls, U+FFFE/U+FFFF, lone surrogates), make two equal
 * names look different (zero-width) or reorder what is shown (bidi overrides). Tab and line breaks
 * stay where a field may hold several lines.
 */

/** C0/C1 controls but tab, LF, CR; XML-invalid noncharacters; lone surrogates. */
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Zero-width spaces/joiners, word joiner, BOM, soft hyphen: invisible, yet they make "An" ≠ "An". */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;
/** Embeddings, overrides and isolates: they make a name display in another order than it is stored. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u061c]/g;
/** All three in one pattern, not global: one scan per cell of a 100.000-row list instead of three. */
const HIDDEN = new RegExp(`${CONTROL.source}|${INVISIBLE.source}|${BIDI.source}`);

/** Longest single-line text (a name, a title) accepted at the boundary. */
export const MAX_LINE_CHARS = 1000;
/** Longest multi-line text (a template, a note). */
export const MAX_TEXT_CHARS = 2_000_000;

export interface CleanOptions {
  multiline?: boolean;
}

/** The text cleaned; line breaks and tabs become spaces unless `multiline`. */
export function cleanText(s: string, opts: CleanOptions = {}): string {
  let t = s.normalize('NFC');
  if (HIDDEN.test(t)) t = t.replace(CONTROL, '').replace(INVISIBLE, '').replace(BIDI, '');
  if (!opts.multiline) t = t.replace(/[\t\r\n]+/g, ' ');
  return t;
}

/** True when cleaning would change the text (apart from NFC): something was hidden in it. */
export function hasHiddenChars(s: string): boolean {
  return HIDDEN.test(s);
}

/** For XML output (xlsx, docx): only the characters XML cannot hold are removed; the rest is kept as written. */
export function xmlSafe(s: string): string {
  return s.replace(CONTROL, '');
}

/** For a terminal: escape sequences and controls in a message are shown, never executed (line breaks, tab and CR stay). */
export function printable(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, '');
}

/** A text over `max` characters: what to tell the user (where is the caller's to add), or null. */
export function tooLong(s: string, max: number): string | null {
  return s.length > max ? `dài ${s.length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${max.toLocaleString('vi-VN')} ký tự` : null;
}
