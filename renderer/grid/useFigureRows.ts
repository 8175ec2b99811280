/**
 * The rows of the figures grid, fetched a page at a time as they come into view (figures.grid with a
 * window): a province year is 25.000 units, and the whole of it was 7,7 MB of JSON for a view of 28 rows.
 * Rows already fetched stay shown while a write's data-changed makes them re-read (so nothing flickers);
 * a paste or a cleared block that reaches beyond them fetches its rows first (`ensure`).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { call, useDataVersion, type Out } from '../api.ts';
import { PAGE } from './page-size.ts';

export type GridPage = Out<'figures.grid'>;
export type FigureRow = GridPage['rows'][number];
export type GridIndicator = GridPage['indicators'][number];

/** The contract's largest window. */
const MAX_LIMIT = 5000;

interface Held {
  row: FigureRow;
  /** The data version it was read at: older than the current one, it is shown but read again. */
  gen: number;
}

export interface FigureRows {
  indicators: GridIndicator[] | null;
  /** Rows that match the filter; null before the first answer. */
  total: number | null;
  /** Where the unit asked for (`around`) is, once known. */
  at: number | null;
  loading: boolean;
  error: string | null;
  /** The data version rows are read at now. */
  gen: number;
  row(index: number): FigureRow | undefined;
  /** When the row was read (its data version), so that values saved before it can be let go. */
  genOf(index: number): number;
  /** The rows from…to are in view: fetch those not held or held from an older version. */
  want(from: number, to: number): void;
  /** Every row from…to, fetched if needed (for a paste or a block to clear). */
  ensure(from: number, to: number): Promise<FigureRow[]>;
}

export function useFigureRows(year: number, filter: string, around: number | null): FigureRows {
  const { version } = useDataVersion();
  const held = useRef(new Map<number, Held>());
  const inFlight = useRef(new Set<number>());
  const [, setTick] = useState(0);
  const [head, setHead] = useState<{ indicators: GridIndicator[]; total: number; at: number | null } | null>(null);
  const [busy, setBusy] = useState(0);
  const [error, setError] = useState<string | null>(null);
  // What the held rows belong to: a new year or filter starts over, and late answers for the old one are dropped.
  const scope = `${year}\u0000${filter}`;
  const scopeRef = useRef(scope);
  const genRef = useRef(version);

  const fetchRange = useCallback(
    async (offset: number, limit: number, extra: { around?: number } = {}): Promise<GridPage | null> => {
      const asked = scopeRef.current;
      const gen = genRef.current;
      setBusy((b) => b + 1);
      try {
        const page = await call('figures.grid', { year, offset: extra.around === undefined ? offset : undefined, limit, filter, ...extra });
        if (scopeRef.current !== asked) return null;
        page.rows.forEach((row, i) => {
          const at = page.offset + i;
          const had = held.current.get(at);
          if (!had || had.gen <= gen) held.current.set(at, { row, gen });
        });
        // Only the call around a unit says where it is; later pages keep that answer.
        setHead((h) => ({ indicators: page.indicators, total: page.total, at: extra.around !== undefined ? page.at : (h?.at ?? null) }));
        setError(null);
        setTick((t) => t + 1);
        return page;
      } catch (e) {
        if (scopeRef.current === asked) setError((e as Error).message);
        return null;
      } finally {
        setBusy((b) => b - 1);
      }
    },
    [year, filter],
  );

  // A new year or filter: forget the rows, ask for the first page (or the one around the unit linked to).
  useEffect(() => {
    scopeRef.current = scope;
    held.current = new Map();
    inFlight.current = new Set();
    setHead(null);
    void fetchRange(0, PAGE, around === null ? {} : { around });
    // `around` only matters on arrival from a link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scope, fetchRange]);

  const want = useCallback(
    (from: number, to: number) => {
      // Before the first answer there is nothing to page through (and the first page is on its way).
      if (!head) return;
      const end = Math.min(to, head.total - 1);
      for (let p = Math.floor(Math.max(0, from) / PAGE); p * PAGE <= end; p++) {
        if (inFlight.current.has(p)) continue;
        let fresh = true;
        for (let i = p * PAGE; i < Math.min((p + 1) * PAGE, head.total); i++) {
          const h = held.current.get(i);
          if (!h || h.gen < genRef.current) {
            fresh = false;
            break;
          }
        }
        if (fresh) continue;
        inFlight.current.add(p);
        const asked = scopeRef.current;
        void fetchRange(p * PAGE, PAGE).finally(() => {
          if (scopeRef.current === asked) inFlight.current.delete(p);
        });
      }
    },
    [fetchRange, head],
  );

  const ensure = useCallback(
    async (from: number, to: number): Promise<FigureRow[]> => {
      const missing: number[] = [];
      for (let i = from; i <= to; i++) {
        const h = held.current.get(i);
        if (!h || h.gen < genRef.current) missing.push(i);
      }
      if (missing.length) {
        const first = missing[0]!;
        const last = missing.at(-1)!;
        for (let o = first; o <= last; o += MAX_LIMIT) {
          const page = await fetchRange(o, Math.min(MAX_LIMIT, last - o + 1));
          if (!page) throw new Error('Không đọc được các dòng của bảng; hãy thử lại.');
        }
      }
      const out: FigureRow[] = [];
      for (let i = from; i <= to; i++) {
        const h = held.current.get(i);
        if (h) out.push(h.row);
      }
      return out;
    },
    [fetchRange],
  );

  // A write (data-changed) moved the version: rows read before it are stale, and the grid's `want` reads those in view again.
  useEffect(() => {
    genRef.current = version;
    setTick((t) => t + 1);
  }, [version]);

  return {
    indicators: head?.indicators ?? null,
    total: head?.total ?? null,
    at: head?.at ?? null,
    loading: busy > 0,
    error,
    gen: version,
    row: (i) => held.current.get(i)?.row,
    genOf: (i) => held.current.get(i)?.gen ?? -1,
    want,
    ensure,
  };
}
