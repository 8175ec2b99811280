/** Rows per request of the figures grid: a screen shows about 28; the bench measures a window of this size (bench/cases/grid.ts). */
export const PAGE = 50;
