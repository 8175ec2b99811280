/** What `data.export` can write; pure, for the page's contract. */
export const EXPORT_KINDS = ['breakdown', 'compare', 'targets', 'figures'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
