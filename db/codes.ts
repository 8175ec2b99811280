/**
 * The codes the schema stores for kinds of unit, committee roles and levels of schooling. They live with the
 * tables that hold them; their Vietnamese words are the domain's (org/catalog.ts).
 */

export const UNIT_KINDS = ['committee', 'baseCommittee', 'baseCell', 'subCommittee', 'cell'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const ROLES = ['secretary', 'deputy', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const EDUCATION_LEVELS = ['thcs', 'thpt'] as const;
export const PROFESSIONAL_LEVELS = ['none', 'so_cap', 'trung_cap', 'cao_dang', 'dai_hoc', 'tren_dai_hoc'] as const;
export const THEORY_LEVELS = ['none', 'so_cap', 'trung_cap', 'cao_cap', 'cu_nhan'] as const;
export type Education = (typeof EDUCATION_LEVELS)[number];
export type Professional = (typeof PROFESSIONAL_LEVELS)[number];
export type Theory = (typeof THEORY_LEVELS)[number];
