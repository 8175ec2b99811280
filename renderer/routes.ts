/** The screens and the hash that names each one, so that a warning can link straight to the place to fix it. */
export const SCREENS = [
  { id: 'tong-quan', title: 'Tổng quan', key: '1' },
  { id: 'to-chuc', title: 'Tổ chức', key: '2' },
  { id: 'so-lieu', title: 'Số liệu', key: '3' },
  { id: 'so-sanh', title: 'So sánh', key: '4' },
  { id: 'chi-tieu', title: 'Chỉ tiêu', key: '5' },
  { id: 'bao-cao', title: 'Báo cáo', key: '6' },
  { id: 'kiem-tra', title: 'Kiểm tra số liệu', key: '7' },
  { id: 'cai-dat', title: 'Cài đặt', key: '8' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];

export interface Route {
  screen: ScreenId;
  params: Record<string, string>;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const screen = SCREENS.find((s) => s.id === path)?.id ?? 'tong-quan';
  return { screen, params: Object.fromEntries(new URLSearchParams(query)) };
}

export function toHash(screen: ScreenId, params: Record<string, string | number> = {}): string {
  const q = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return `#/${screen}${q ? `?${q}` : ''}`;
}
