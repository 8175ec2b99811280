/**
 * The text of word/document.xml with, for every character, where it sits in the XML, so that a
 * number split across runs ("85," bold + "54%" plain) is read as one and corrected in place.
 * Only the text inside <w:t> is ever touched: runs, properties and everything else stay byte for byte.
 */
import type { Fix } from './types.ts';

/** Where a character of the text came from: a slice of the XML (an entity is one character), or nothing (paragraph breaks, tabs). */
export interface CharSource {
  xml: number;
  len: number;
}

export interface RunText {
  text: string;
  chars: (CharSource | null)[];
}

// Tags that carry or separate text. <w:delText>, <w:instrText> and the fallback copy of a text box are not text of the draft.
const TAG = /<(\/?)(w:p|w:t|w:tab|w:br|w:cr|w:tc|w:tr|mc:Fallback)(?=[\s/>])([^>]*?)(\/?)>/g;
const ENTITY = /^&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(e: string): string {
  if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
  if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
  return NAMED[e]!;
}

export function readRuns(xml: string): RunText {
  let text = '';
  const chars: (CharSource | null)[] = [];
  const push = (s: string, src: CharSource | null) => {
    for (let k = 0; k < s.length; k++) chars.push(src);
    text += s;
  };
  let fallback = 0;
  let cells = 0;
  let inText = -1;
  let paraHasText = false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [whole, close, name, , selfClose] = m;
    if (name === 'mc:Fallback') {
      if (!selfClose) fallback += close ? -1 : 1;
      continue;
    }
    if (fallback > 0) continue;
    if (name === 'w:t') {
      if (close && inText >= 0) {
        for (let i = inText; i < m.index;) {
          const ent = xml[i] === '&' ? ENTITY.exec(xml.slice(i, i + 12)) : null;
          if (ent) {
            push(decodeEntity(ent[1]!), { xml: i, len: ent[0].length });
            i += ent[0].length;
          } else {
            // Keep surrogate pairs whole so a character never splits across edits.
            const cp = xml.codePointAt(i)!;
            const ch = String.fromCodePoint(cp);
            push(ch, { xml: i, len: ch.length });
            i += ch.length;
          }
        }
        paraHasText = true;
        inText = -1;
      } else if (!close && !selfClose) {
        inText = m.index + whole.length;
      }
      continue;
    }
    // A table row reads as one line with its cells between tabs, so that the row's figures stay together.
    if (name === 'w:tc') {
      if (!selfClose) cells += close ? -1 : 1;
      if (close) push('\t', null);
      paraHasText = false;
    } else if (name === 'w:tr' && close) push('\n', null);
    else if (name === 'w:tab' && !close) push(cells > 0 ? ' ' : '\t', null);
    else if ((name === 'w:br' || name === 'w:cr') && !close) push(cells > 0 ? ' ' : '\n', null);
    else if (name === 'w:p' && (close || selfClose) && paraHasText) {
      push(cells > 0 ? ' ' : '\n', null);
      paraHasText = false;
    }
  }
  return { text, chars };
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface Patched {
  xml: string;
  applied: Fix[];
  skipped: Fix[];
}

/**
 * Applies fixes given as offsets into `runs.text`. Only the characters that differ change; when the
 * lengths differ, the new ones go where the first changed character was (keeping that run's formatting)
 * and the other old ones are removed.
 */
export function patchRuns(xml: string, runs: RunText, fixes: Fix[]): Patched {
  const edits: { at: number; len: number; text: string }[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const f of fixes) {
    const old = runs.text.slice(f.start, f.end);
    let a = 0;
    while (a < old.length && a < f.text.length && old[a] === f.text[a]) a++;
    let z = 0;
    while (z < old.length - a && z < f.text.length - a && old[old.length - 1 - z] === f.text[f.text.length - 1 - z]) z++;
    const from = f.start + a;
    const to = f.end - z;
    const middle = f.text.slice(a, f.text.length - z);
    // An insertion goes before the next character, or after the previous one at the end of the number.
    const anchorIndex = from < to ? from : from < f.end ? from : from - 1;
    const srcs = runs.chars.slice(from, to);
    const anchor = runs.chars[anchorIndex];
    if (!anchor || srcs.some((s) => s === null)) {
      skipped.push(f);
      continue;
    }
    if (to - from === middle.length) {
      // Same length: each character changes where it stands, so a number split over runs keeps each run's look.
      srcs.forEach((src, k) => {
        if (runs.text[from + k] !== middle[k]) edits.push({ at: src!.xml, len: src!.len, text: escapeXml(middle[k]!) });
      });
    } else if (from < to) {
      edits.push({ at: srcs[0]!.xml, len: srcs[0]!.len, text: escapeXml(middle) });
      for (const s of srcs.slice(1)) edits.push({ at: s!.xml, len: s!.len, text: '' });
    } else {
      const at = anchorIndex === from ? anchor.xml : anchor.xml + anchor.len;
      edits.push({ at, len: 0, text: escapeXml(middle) });
    }
    applied.push(f);
  }
  edits.sort((x, y) => y.at - x.at || y.len - x.len);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.at + e.len);
  return { xml: out, applied, skipped };
}
