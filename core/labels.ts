/**
 * The Vietnamese words for a target's status, one place for the screens, the CLI, the exports and the
 * documents. Keyed by the status union, so a new status without its word fails to compile everywhere.
 */
export const TARGET_STATUSES = ['met', 'notMet', 'progress', 'outsidePeriod', 'noData'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const STATUS_LABELS: Record<TargetStatus, string> = {
  met: 'Đạt',
  notMet: 'Chưa đạt',
  // A "đến năm …" target judged before its year: the result so far, not a verdict.
  progress: 'Chưa đến hạn',
  outsidePeriod: 'Ngoài thời gian đề án',
  noData: 'Chưa có số liệu',
};
