/** Undo and redo of figure edits: each entry is one batch (one keystroke's edit or one paste) with before and after values. */
export interface CellChange {
  unitId: number;
  indicator: string;
  before: number | null;
  after: number | null;
}
export type Batch = CellChange[];

export interface History {
  done: Batch[];
  undone: Batch[];
}

export const emptyHistory: History = { done: [], undone: [] };
const LIMIT = 200;

export function record(h: History, batch: Batch): History {
  return { done: [...h.done, batch].slice(-LIMIT), undone: [] };
}

/** The batch to apply to undo the last edit (after ← before), and the history once it is applied. */
export function undo(h: History): { apply: Batch; next: History } | null {
  const last = h.done.at(-1);
  if (!last) return null;
  return {
    apply: last.map((c) => ({ ...c, before: c.after, after: c.before })),
    next: { done: h.done.slice(0, -1), undone: [...h.undone, last] },
  };
}

export function redo(h: History): { apply: Batch; next: History } | null {
  const last = h.undone.at(-1);
  if (!last) return null;
  return { apply: last, next: { done: [...h.done, last], undone: h.undone.slice(0, -1) } };
}
