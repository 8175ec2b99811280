/**
 * What a user types into a figure cell, read the Vietnamese way: "1.234" is one thousand two hundred
 * thirty-four, "12,5" is twelve and a half (and so not a valid count). Empty clears the figure.
 */
export type Parsed = { ok: true; value: number | null } | { ok: false; reason: string };

export function parseCellInput(raw: string): Parsed {
  const text = raw.replace(/[\s\u00a0]/g, '');
  if (text === '') return { ok: true, value: null };
  // Thousands groups with "." (or "," as Excel in English writes them) are accepted only in full groups of three.
  if (/^-?\d{1,3}([.]\d{3})+$/.test(text)) return check(Number(text.replace(/\./g, '')), raw);
  if (/^-?\d+$/.test(text)) return check(Number(text), raw);
  if (/^-?\d+([,.]\d+)?$/.test(text)) return { ok: false, reason: `"${raw.trim()}" không phải số nguyên — số liệu là số đếm, không có phần thập phân.` };
  return { ok: false, reason: `"${raw.trim()}" không phải là số.` };
}

function check(n: number, raw: string): Parsed {
  if (n < 0) return { ok: false, reason: `"${raw.trim()}" là số âm — số liệu không được âm.` };
  if (!Number.isSafeInteger(n)) return { ok: false, reason: `"${raw.trim()}" quá lớn.` };
  return { ok: true, value: n };
}
