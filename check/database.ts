/**
 * Counts checked against the database: "221 chi bộ trực thuộc đảng bộ xã, thị trấn" must be
 * what the year's breakdown says. The figures come from stats/breakdown.ts, never from SQL here.
 */
import type { DB } from '../db/open.ts';
import { breakdown, loadYear } from '../stats/breakdown.ts';
import { foldForSearch, formatInt } from '../format/vi.ts';
import { containing, countsIn, nounEnd, type Count, type Draft } from './model.ts';
import { fragment } from './text.ts';
import { rowText, tablesOf } from './tables.ts';
import type { Claim } from './types.ts';

/** One group the database knows: how many units and members it has. */
export interface Fact {
  label: string;
  folded: string;
  units: number | null;
  members: number;
}

export interface Facts {
  year: number;
  groups: Fact[];
  members: number;
}

function fact(label: string, units: number | null, members: number): Fact {
  return { label, folded: foldForSearch(label), units, members };
}

/** The groups a draft can name, from the standard breakdowns of the year. */
export function factsOf(db: DB, year: number): Facts {
  const data = loadYear(db, year);
  const cells = breakdown(db, year, 'nhom-chi-bo', {}, data);
  const baseOrgs = breakdown(db, year, 'to-chuc-co-so', {}, data);
  const types = breakdown(db, year, 'loai-hinh', {}, data);
  const groups: Fact[] = [
    fact('tổ chức cơ sở đảng', baseOrgs.total.units, baseOrgs.total.members),
    fact('chi bộ', cells.total.units, cells.total.members),
  ];
  const baseCell = cells.rows.find((r) => foldForSearch(r.label) === 'chi bo co so');
  if (baseCell && cells.total.units !== null) {
    groups.push(fact('chi bộ trực thuộc', cells.total.units - (baseCell.units ?? 0), cells.total.members - baseCell.members));
  }
  for (const r of [...baseOrgs.rows, ...cells.rows, ...types.rows]) {
    if (!groups.some((g) => g.folded === foldForSearch(r.label))) groups.push(fact(r.label, r.units, r.members));
  }
  return { year, groups, members: cells.total.members };
}

/**
 * Words that make a count a subset of the group ("11 chi bộ đạt hoàn thành xuất sắc nhiệm vụ",
 * "12 đảng viên mới"): such a count is not the size of the group and is not compared.
 */
const SUBSET =
  /^\s*(?:dat|duoc|hoan thanh|khong|chua|bi|xep loai|ket nap|moi|nu|tre|du bi|chinh thuc|co|la|tu|tren|duoi|tang|giam|thuoc dien|it nhat|con lai|sinh hoat o|o)(?![a-z])/;

/** Words that may follow a group's name without naming another group ("… của huyện", "toàn đảng bộ"). */
const PLAIN_TAIL = /^(?:\s*(?:cua\s+)?(?:huyen|toan huyen|toan dang bo|trong toan dang bo|hien nay|hien co|nay))*\s*$/;

/**
 * The group whose name the words after the number start with (the longest such name), unless more
 * words narrow it. "12 chi bộ khối doanh nghiệp" names a group the database may not know by that
 * name: NARROWER, never the committee's total of chi bộ.
 */
function groupOf(facts: Facts, after: string, clauseEnd = after.length): Fact | typeof NARROWER | undefined {
  const f = foldForSearch(after);
  const g = facts.groups
    .filter((g) => f.startsWith(g.folded) && !/^[a-z0-9]/.test(f.slice(g.folded.length)))
    .sort((a, b) => b.folded.length - a.folded.length)[0];
  if (!g || SUBSET.test(f.slice(g.folded.length))) return undefined;
  const phrase = foldForSearch(after.slice(0, nounEnd(after, 0, clauseEnd)));
  return PLAIN_TAIL.test(phrase.slice(g.folded.length)) ? g : NARROWER;
}

const NARROWER = 'narrower' as const;

function claim(d: Draft, c: Count, ok: boolean | null, expected: number, detail: string, clauseEnd: number): Claim {
  const c2: Claim = {
    kind: 'count',
    text: fragment(d.text, { start: c.start, end: nounEnd(d.text, c.end, clauseEnd) }),
    printed: d.text.slice(c.start, c.end),
    expected: formatInt(expected),
    ok,
    detail,
    start: c.start,
    end: c.end,
  };
  // No fix: the database may be out of date or the draft may speak of another unit; an officer decides.
  return c2;
}

/** Totals of the whole committee: a count of them inside "trong đó …" is a subset, not the total. */
const WHOLE_COMMITTEE = new Set(['to chuc co so dang', 'chi bo', 'chi bo truc thuoc']);
const INSIDE_LIST = /(?<![\p{L}])(trong đó|trong số đó)(?![\p{L}])/iu;

function insideList(d: Draft, c: Count): boolean {
  const s = containing(d.sentences, c.start);
  return !!s && INSIDE_LIST.test(d.text.slice(s.start, c.start));
}

export function countClaims(d: Draft, facts: Facts): Claim[] {
  const out: Claim[] = [];
  const year = `năm ${facts.year}`;
  for (const c of d.counts) {
    if (c.token.kind !== 'number') continue;
    const clause = containing(d.clauses, c.start);
    const clauseEnd = clause?.end ?? d.text.length;
    if (c.key === 'đảng viên') {
      const rest = foldForSearch(d.text.slice(c.end, clauseEnd)).replace(/^(dang vien|dong chi)/, '');
      if (SUBSET.test(rest)) continue;
      // Members of the group named before them in the clause ("221 chi bộ … với 6.067 đảng viên"), or of the whole committee.
      const owner = clause
        ? countsIn(d, { start: clause.start, end: c.start })
            .reverse()
            .map((o) => ({ o, g: groupOf(facts, d.text.slice(o.end, clauseEnd), clauseEnd - o.end) }))
            .find((x) => x.g && x.o.key !== 'đảng viên')
        : undefined;
      if (owner?.g === NARROWER) {
        // The members of a group the data does not name that way: never compared with the committee's total.
        out.push(
          claim(
            d,
            c,
            null,
            c.value,
            `Nhóm "${fragment(d.text, { start: owner.o.start, end: nounEnd(d.text, owner.o.end, clauseEnd) })}" không có trong dữ liệu ${year}: không đối chiếu được`,
            clauseEnd,
          ),
        );
        continue;
      }
      // Without a group, only a total stated as such is compared ("có 7.101 đảng viên"), never one inside a list.
      if (
        !owner &&
        (insideList(d, c) || !/(có|với|tổng số|tổng cộng|toàn đảng bộ|là)\s*$/iu.test(d.text.slice(Math.max(0, c.start - 20), c.start)))
      )
        continue;
      const group = owner?.g as Fact | undefined;
      const options = [...(group ? [{ n: group.members, of: group.label }] : []), { n: facts.members, of: 'toàn đảng bộ' }];
      const hit = options.find((o) => o.n === c.value);
      const want = hit ?? options[0]!;
      out.push(claim(d, c, !!hit, want.n, `Dữ liệu ${year}: ${formatInt(want.n)} đảng viên (${want.of.toLowerCase()})`, clauseEnd));
      continue;
    }
    const g = groupOf(facts, d.text.slice(c.end, clauseEnd), clauseEnd - c.end);
    if (g === NARROWER) {
      if (!insideList(d, c) && /^\s*(chi bộ|đảng bộ|tổ chức)/iu.test(d.text.slice(c.end, c.end + 12))) {
        out.push(
          claim(
            d,
            c,
            null,
            c.value,
            `Nhóm "${fragment(d.text, { start: c.start, end: nounEnd(d.text, c.end, clauseEnd) })}" không có trong dữ liệu ${year}: không đối chiếu được`,
            clauseEnd,
          ),
        );
      }
      continue;
    }
    if (!g || g.units === null || (WHOLE_COMMITTEE.has(g.folded) && insideList(d, c))) continue;
    out.push(claim(d, c, g.units === c.value, g.units, `Dữ liệu ${year}: ${formatInt(g.units)} ${g.label.toLowerCase()}`, clauseEnd));
  }
  return out;
}

/**
 * Counts in tables: a row named after a group the database knows ("Chi bộ cơ sở"), in a column
 * headed "Số chi bộ / Số đơn vị" or "Số đảng viên". Tables about other years (comparisons) and
 * total rows (a total of what?) are left to the arithmetic.
 */
export function tableCountClaims(d: Draft, facts: Facts): Claim[] {
  const out: Claim[] = [];
  for (const table of tablesOf(d)) {
    const header = table.filter((r) => !r.cells.some((c) => c.count || c.share));
    const heads = header.map((r) => r.cells.map((c) => foldForSearch(c.label)));
    if (heads.flat().some((h) => /(19|20)\d\d/.test(h) && !h.includes(String(facts.year)))) continue;
    const what = (j: number): 'units' | 'members' | null => {
      // Only a plain heading: "Đảng viên được xếp loại" is not the number of members.
      const h = heads
        .map((r) => r[j] ?? '')
        .join(' ')
        .trim();
      if (/^(so |tong so )?dang vien$/.test(h)) return 'members';
      if (/^(so |tong so )?(chi bo|don vi|to chuc co so dang)$/.test(h)) return 'units';
      return null;
    };
    for (const row of table) {
      if (row.total) continue;
      const name = row.cells.find((c) => !c.count && !c.share && c.label);
      const g = name ? groupOf(facts, name.label) : undefined;
      if (!g || g === NARROWER) continue;
      row.cells.forEach((c, j) => {
        const kind = c.count ? what(j) : null;
        if (!c.count || !kind) return;
        const want = kind === 'units' ? g.units : g.members;
        if (want === null) return;
        const noun = kind === 'units' ? g.label.toLowerCase() : `đảng viên (${g.label.toLowerCase()})`;
        out.push({
          kind: 'count',
          text: rowText(row),
          printed: d.text.slice(c.count.start, c.count.end),
          expected: formatInt(want),
          ok: want === c.count.num.value,
          detail: `Dữ liệu năm ${facts.year}: ${formatInt(want)} ${noun}`,
          start: c.count.start,
          end: c.count.end,
        });
      });
    }
  }
  return out;
}
