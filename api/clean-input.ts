/**
 * Every text that comes in through the contract is cleaned here, once, before validation
 * (core/text.ts): whatever the transport, nothing with hidden or XML-breaking characters is stored.
 */
import { cleanText, MAX_LINE_CHARS, MAX_TEXT_CHARS, tooLong } from '../core/text.ts';
import { UserError } from '../core/errors.ts';

/** File contents and file names on this machine are passed as they are. */
const RAW_KEYS = new Set(['base64', 'docx', 'path', 'out', 'from', 'dbPath']);
/** Fields that hold one line: a name, a code, a title. */
const LINE_KEYS = new Set(['name', 'code', 'fullName', 'title', 'label', 'shortName', 'unitName', 'unitCode', 'number', 'signer', 'place']);
/** A draft being checked is read, not stored, and its fixes point at offsets of the text as sent. */
const RAW_METHODS = /^check\./;

/** No call of the contract nests deeper than a few levels; deeper is hostile, and would exhaust the stack. */
const MAX_DEPTH = 32;

function walk(v: unknown, key: string, path: string, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new UserError(`Dữ liệu gửi lên lồng nhau quá ${MAX_DEPTH} cấp; không hợp lệ.`, 'invalid-input');
  if (typeof v === 'string') {
    if (RAW_KEYS.has(key)) return v;
    const line = LINE_KEYS.has(key);
    const t = cleanText(v, { multiline: !line });
    const long = tooLong(t, line ? MAX_LINE_CHARS : MAX_TEXT_CHARS);
    if (long) throw new UserError(`Trường "${path || key}" ${long}.`, 'invalid-input');
    return t;
  }
  if (Array.isArray(v)) return v.map((x, i) => walk(x, key, `${path}[${i}]`, depth + 1));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      // A key is text too (member-list mappings use headers as keys).
      const ck = cleanText(k);
      // defineProperty: a key "__proto__" stays a plain key, never the object's prototype.
      Object.defineProperty(out, ck, {
        value: walk(x, ck, path ? `${path}.${ck}` : ck, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return v;
}

export function cleanInput(input: unknown, method: string): unknown {
  return RAW_METHODS.test(method) ? input : walk(input, '', '');
}
