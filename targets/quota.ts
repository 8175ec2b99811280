/**
 * The quota on members rated "hoàn thành xuất sắc nhiệm vụ": within each tổ chức cơ sở đảng it may
 * not exceed 20% of the members rated "hoàn thành tốt nhiệm vụ". Checked on counts, exactly:
 * xuất sắc × 5 ≤ tốt.
 */
import type { DB } from '../db/open.ts';
import { listUnits } from '../db/units.ts';
import { memberRatings, unitRatings } from '../db/ratings.ts';
import { OrgTree } from '../org/tree.ts';
import { orgTreeOf } from '../org/year-tree.ts';
import { comparableOf } from './levels.ts';
import { SCALE_NAMES } from './levels.ts';
import { memberScaleFor, unitScaleFor } from '../org/ratings.ts';
import type { UnitRow } from '../db/units.ts';

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
    if (level === 'xuat-sac') {
      o.excellent += r.count;
      c.excellent += r.count;
    } else {
      o.good += r.count;
      c.good += r.count;
    }
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

/** The three kinds the quota can apply to (settings.quota): members, base organizations, cells. */
export const QUOTA_KINDS = ['members', 'baseOrgs', 'cells'] as const;
export type QuotaKind = (typeof QUOTA_KINDS)[number];

export const QUOTA_KIND_LABELS: Record<QuotaKind, string> = {
  members: 'Đảng viên trong mỗi tổ chức cơ sở đảng',
  baseOrgs: 'Tổ chức cơ sở đảng trực thuộc cấp ủy',
  cells: 'Chi bộ trực thuộc trong mỗi đảng bộ cơ sở',
};

export interface QuotaKindResult {
  kind: QuotaKind;
  label: string;
  /** Off in settings: counted anyway (the report may show it) but never a violation. */
  enabled: boolean;
  rule: string;
  /** One group per organization the quota is counted within. */
  groups: QuotaOrg[];
  violations: QuotaOrg[];
}

function judged(o: QuotaOrg): QuotaOrg {
  const allowed = quotaAllowed(o.good);
  const excess = Math.max(0, o.excellent - allowed);
  return { ...o, allowed, excess, ok: excess === 0 };
}

/**
 * Units rated xuất sắc against units rated tốt, counted within each group: base organizations
 * within the committee, chi bộ trực thuộc within their đảng bộ cơ sở. Levels are read through the
 * scale mapping, so a year rated under any rule is judged the same way.
 */
function unitQuota(
  tree: OrgTree,
  ratings: readonly { unitId: number; scale: string; level: string }[],
  pick: (u: UnitRow) => UnitRow | undefined,
): QuotaOrg[] {
  const groups = new Map<number, QuotaOrg>();
  for (const r of ratings) {
    const u = tree.byId.get(r.unitId);
    const level = comparableOf(r.scale, r.level);
    if (!u || (level !== 'xuat-sac' && level !== 'tot')) continue;
    const g = pick(u);
    if (!g) continue;
    let o = groups.get(g.id);
    if (!o) groups.set(g.id, (o = { unitId: g.id, unit: g.name, excellent: 0, good: 0, allowed: 0, excess: 0, ok: true, cells: [] }));
    o.cells.push({ unitId: u.id, unit: u.name, excellent: level === 'xuat-sac' ? 1 : 0, good: level === 'tot' ? 1 : 0 });
    if (level === 'xuat-sac') o.excellent += 1;
    else o.good += 1;
  }
  const order = new Map(tree.ordered().map((o, i) => [o.unit.id, i]));
  return [...groups.values()].map(judged).sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)!);
}

/** The quota for each kind, `on` as settings.quota says: what the CLI, the screen and the xếp loại report show. */
export function checkQuotaKinds(db: DB, year: number, on: Record<QuotaKind, boolean>): QuotaKindResult[] {
  const tree = new OrgTree(listUnits(db, year));
  const ratings = unitRatings(db, year);
  const scaleName = SCALE_NAMES[unitScaleFor(year)] ?? unitScaleFor(year);
  const sentence = (what: string, within: string) =>
    `Số ${what} xếp loại hoàn thành xuất sắc nhiệm vụ không vượt quá ${QUOTA_PERCENT}% số ${what} xếp loại hoàn thành tốt nhiệm vụ ${within} (${scaleName}).`;
  const members = checkQuota(db, year);
  const baseOrgs = unitQuota(tree, ratings, (u) => {
    if (u.kind !== 'baseCommittee' && u.kind !== 'baseCell') return undefined;
    return u.parentId === null ? undefined : tree.byId.get(u.parentId);
  });
  const cells = unitQuota(tree, ratings, (u) => {
    if (u.kind !== 'cell') return undefined;
    return tree.baseOrgOf(u.id);
  });
  const result = (kind: QuotaKind, rule: string, groups: QuotaOrg[]): QuotaKindResult => ({
    kind,
    label: QUOTA_KIND_LABELS[kind],
    enabled: on[kind],
    rule,
    groups,
    violations: on[kind] ? groups.filter((g) => !g.ok) : [],
  });
  return [
    result('members', members.rule, members.orgs),
    result('baseOrgs', sentence('tổ chức cơ sở đảng', 'trực thuộc cấp ủy'), baseOrgs),
    result('cells', sentence('chi bộ trực thuộc', 'trong mỗi đảng bộ cơ sở'), cells),
  ];
}
