/** The kinds of document the program drafts, with what the Party format prints for each. */

export const REPORT_KINDS = ['de-an', 'bao-cao-hoi-nghi', 'ket-luan', 'bao-cao-xep-loai'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface KindInfo {
  kind: ReportKind;
  /** Shown in lists. */
  name: string;
  /** Printed as the document kind line (a template may override it, e.g. THÔNG BÁO KẾT LUẬN). */
  title: string;
  /** The kind code in the number, "Số 12-ĐA/HU" (a template may override it, e.g. TB). */
  code: string;
  /** Whether the document compares with earlier years by default. */
  compares: boolean;
}

export const KINDS: Record<ReportKind, KindInfo> = {
  'de-an': { kind: 'de-an', name: 'Đề án', title: 'ĐỀ ÁN', code: 'ĐA', compares: false },
  'bao-cao-hoi-nghi': { kind: 'bao-cao-hoi-nghi', name: 'Báo cáo hội nghị, hội thảo', title: 'BÁO CÁO', code: 'BC', compares: true },
  'ket-luan': { kind: 'ket-luan', name: 'Kết luận (thông báo kết luận)', title: 'KẾT LUẬN', code: 'KL', compares: false },
  'bao-cao-xep-loai': {
    kind: 'bao-cao-xep-loai',
    name: 'Báo cáo kết quả đánh giá, xếp loại chất lượng',
    title: 'BÁO CÁO',
    code: 'BC',
    compares: false,
  },
};

export function isReportKind(s: string): s is ReportKind {
  return (REPORT_KINDS as readonly string[]).includes(s);
}
