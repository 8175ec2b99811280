/**
 * The quota on members rated "hoàn thành xuất sắc nhiệm vụ": within each tổ chức cơ sở đảng it may
 * not exceed 20% of the members rated "hoàn thành tốt nhiệm vụ". Checked on counts, exactly:
 * xuất sắc × 5 ≤ tốt.
 */
import type { DB } from '../db/open.ts';
import { memberRatings } from '../db/ratings.ts';
import { orgTreeOf } from '../org/year-tree.ts';
import { comparableOf } from './levels.ts';
import { SCALE_NAMES } from './levels.ts';
import { memberScaleFor } from '../org/ratings.ts';

export interface QuotaOrg {
  unitId: number;
  unit: string;
  excellent: number;
  good: number;
  /** The most members that may be rated xuất sắc: floor(20% × tốt). */
  allowed: number;
  /** Members rated xuất sắc beyond the quota (0 when within it). */
  excess: number;
  ok: boolean;
  cells: { unitId: number; unit: string; excellent: number; good: number }[];
}

export interface QuotaResult {
  year: number;
  rule: string;
  orgs: QuotaOrg[];
  violations: QuotaOrg[];
}

export const QUOTA_PERCENT = 20;

/** The quota for a count of members rated tốt, in integers: floor(tốt × 20 / 100). */
export function quotaAllowed(good: number): number {
  return Math.floor((good * QUOTA_PERCENT) / 100);
}

export function checkQuota(db: DB, year: number): QuotaResult {
  const tree = orgTreeOf(db, year);
  const byOrg = new Map<number, QuotaOrg>();
  for (const r of memberRatings(db, year)) {
    const level = comparableOf(r.scale, r.level);
    if (level !== 'xuat-sac' && level !== 'tot') continue;
    const org = tree.baseOrgOf(r.unitId);
    const cell = tree.byId.get(r.unitId);
    if (!org || !cell) continue;
    let o = byOrg.get(org.id);
    if (!o) byOrg.set(org.id, (o = { unitId: org.id, unit: org.name, excellent: 0, good: 0, allowed: 0, excess: 0, ok: true, cells: [] }));
    let c = o.cells.find((x) => x.unitId === cell.id);
    if (!c) o.cells.push((c = { unitId: cell.id, unit: cell.name, excellent: 0, good: 0 }));
    if (level === 'xuat-sac') { o.excellent += r.count; c.excellent += r.count; }
    else { o.good += r.count; c.good += r.count; }
  }
  const order = new Map(tree.ordered().map((o, i) => [o.unit.id, i]));
  const orgs = [...byOrg.values()]
    .map((o) => {
      const allowed = quotaAllowed(o.good);
      const excess = Math.max(0, o.excellent - allowed);
      o.cells.sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)!);
      return { ...o, allowed, excess, ok: excess === 0 };
    })
    .sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)!);
  const scale = memberScaleFor(year);
  return {
    year,
    rule: `Số đảng viên xếp loại hoàn thành xuất sắc nhiệm vụ không vượt quá ${QUOTA_PERCENT}% số đảng viên xếp loại hoàn thành tốt nhiệm vụ trong mỗi tổ chức cơ sở đảng (${SCALE_NAMES[scale] ?? scale}).`,
    orgs,
    violations: orgs.filter((o) => !o.ok),
  };
}
