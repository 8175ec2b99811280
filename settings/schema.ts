/** Settings of an office: who issues documents, who signs, the document format profile, rounding. */
import { z } from 'zod';
import { LEVELS } from '../db/codes.ts';

export const signerSchema = z.object({
  name: z.string(),
  /** "BÍ THƯ", "PHÓ BÍ THƯ", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN". */
  title: z.string(),
  /** "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN"; empty when the signer signs in their own right. */
  authority: z.string(),
});

export const formatProfileSchema = z.object({
  name: z.string(),
  marginTopMm: z.number().min(5).max(60),
  marginBottomMm: z.number().min(5).max(60),
  marginLeftMm: z.number().min(5).max(60),
  marginRightMm: z.number().min(5).max(60),
  font: z.string(),
  bodySize: z.number().min(10).max(16),
  firstLineIndentMm: z.number().min(0).max(30),
  lineSpacing: z.number().min(1).max(2),
});

/** The committee's level decides its words and its groups: the seed's world (huyện, until 30/6/2025), a commune/ward committee (since 1/7/2025) or a province. */
export { LEVELS, type Level } from '../db/codes.ts';
export const levelSchema = z.enum(LEVELS);

/** A term of the committee; document numbers restart in each. A document's term follows from its date. */
export const termSchema = z.object({ name: z.string(), startYear: z.number().int(), endYear: z.number().int() });
export type Term = z.infer<typeof termSchema>;

export const settingsSchema = z.object({
  level: levelSchema,
  /** Full name: "Đảng bộ huyện Quốc Oai", "Đảng bộ xã Quốc Oai". */
  committeeName: z.string(),
  /** The name used inside sentences: "Huyện ủy", "Đảng ủy xã", "Tỉnh ủy". */
  shortName: z.string(),
  /** The advisory body that drafts: "Ban Tổ chức Huyện ủy", "Ban Xây dựng Đảng". */
  advisoryBody: z.string(),
  issuingBody: z.string(),
  issuerCode: z.string(),
  superiorBody: z.string(),
  place: z.string(),
  signers: z.array(signerSchema),
  /** The current term (kept for files written before `terms`). */
  term: termSchema,
  /** Every term the office has documents in; empty means only `term`. */
  terms: z.array(termSchema),
  format: formatProfileSchema,
  /** "xuất sắc ≤ 20% of tốt" (21-HD/BTCTW, 2019), checked per kind; whether 43-HD keeps it is unconfirmed, hence a setting. */
  quota: z.object({ members: z.boolean(), baseOrgs: z.boolean(), cells: z.boolean() }),
  rounding: z.object({ mode: z.enum(['halfUp', 'largestRemainder']), decimals: z.number().int().min(0).max(4) }),
  demo: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type FormatProfile = z.infer<typeof formatProfileSchema>;

export const DEFAULT_SETTINGS: Settings = {
  level: 'huyen',
  committeeName: 'Đảng bộ huyện',
  shortName: 'Huyện ủy',
  advisoryBody: 'Ban Tổ chức Huyện ủy',
  issuingBody: 'HUYỆN ỦY',
  issuerCode: 'HU',
  superiorBody: 'ĐẢNG BỘ TỈNH',
  place: '',
  signers: [],
  term: { name: '2020 - 2025', startYear: 2020, endYear: 2025 },
  terms: [],
  format: {
    name: 'Hướng dẫn 36-HD/VPTW (2018)',
    marginTopMm: 20,
    marginBottomMm: 20,
    marginLeftMm: 30,
    marginRightMm: 15,
    font: 'Times New Roman',
    bodySize: 14,
    firstLineIndentMm: 10,
    lineSpacing: 1.15,
  },
  quota: { members: true, baseOrgs: false, cells: false },
  rounding: { mode: 'halfUp', decimals: 2 },
  demo: false,
};
