/**
 * The year a draft speaks of: "tính đến 31/12/2019", "đến hết năm 2019", "Năm 2019, …". A date
 * of signature ("ngày 15 tháng 3 năm 2020") and comparisons ("so với năm 2018") do not count.
 */
const AS_OF =
  /(?:tính đến|đến hết|tính tới|đến ngày)\s+(?:(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|(?:hết\s+|cuối\s+)?năm\s+)((?:19|20)\d\d)(?!\d)/iu;
const YEAR = /(?<![\p{L}])năm\s+((?:19|20)\d\d)(?![\d])/giu;
const NOT_THE_YEAR = /(tháng\s+\d{1,2}|so với|trước|sau|từ|đến|tới|giai đoạn|nhiệm kỳ)\s*$/iu;

export function draftYear(text: string): number | undefined {
  const asOf = AS_OF.exec(text);
  if (asOf) return Number(asOf[1]);
  const seen = new Map<number, number>();
  for (const m of text.matchAll(YEAR)) {
    if (NOT_THE_YEAR.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (/^\s*[-–]\s*\d{4}/.test(text.slice(m.index + m[0].length))) continue; // "năm 2015-2020"
    const y = Number(m[1]);
    seen.set(y, (seen.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, n] of seen) if (best === undefined || n > seen.get(best)!) best = y;
  return best;
}
