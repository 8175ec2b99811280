import { expect, test } from 'vitest';
import { parseHash, toHash, SCREENS } from '../../renderer/routes.ts';

test('screens are named by the hash, with parameters for links to the place to fix', () => {
  expect(parseHash('')).toEqual({ screen: 'tong-quan', params: {} });
  expect(parseHash('#/so-lieu?unit=3&ind=dang_vien')).toEqual({ screen: 'so-lieu', params: { unit: '3', ind: 'dang_vien' } });
  expect(parseHash('#/khong-co')).toEqual({ screen: 'tong-quan', params: {} });
  expect(toHash('so-lieu', { unit: 3, ind: 'dang_vien' })).toBe('#/so-lieu?unit=3&ind=dang_vien');
  expect(SCREENS.map((s) => s.title)).toEqual([
    'Tổng quan',
    'Tổ chức',
    'Số liệu',
    'So sánh',
    'Chỉ tiêu',
    'Báo cáo',
    'Kiểm tra số liệu',
    'Cài đặt',
  ]);
});
