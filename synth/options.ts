/** What a synthetic province is made of; the defaults are the province scale of issue 8. */
import { UserError } from '../core/errors.ts';

export interface SynthOptions {
  /** Units (of every kind) in the first year; reorganizations move the count a little afterwards. */
  units: number;
  /** Đảng viên in the last year; earlier years have a little fewer. */
  members: number;
  years: number;
  lastYear: number;
  seed: number;
}

export const PROVINCE: SynthOptions = { units: 25_000, members: 500_000, years: 10, lastYear: 2025, seed: 8 };

export function checkOptions(o: SynthOptions): SynthOptions {
  if (!Number.isInteger(o.units) || o.units < 20 || o.units > 200_000)
    throw new UserError(`Số đơn vị phải từ 20 đến 200.000 (nhận được ${o.units}).`, 'usage');
  if (!Number.isInteger(o.members) || o.members < o.units || o.members > 5_000_000) {
    throw new UserError(`Số đảng viên phải ít nhất bằng số đơn vị (${o.units}) và không quá 5.000.000 (nhận được ${o.members}).`, 'usage');
  }
  if (!Number.isInteger(o.years) || o.years < 1 || o.years > 30)
    throw new UserError(`Số năm phải từ 1 đến 30 (nhận được ${o.years}).`, 'usage');
  if (!Number.isInteger(o.lastYear) || o.lastYear - o.years + 1 < 1930 || o.lastYear > 2100)
    throw new UserError(`Năm cuối không hợp lệ: ${o.lastYear}.`, 'usage');
  return o;
}
