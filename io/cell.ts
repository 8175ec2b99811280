/** What one cell of an imported sheet holds, as the readers hand it on; pure, so the figures grid shares it. */
export type Cell = null | string | number | boolean | Date | { formula: string; result: unknown } | { error: string };
