import { z } from 'zod';
import { method, year } from '../define.ts';
import { UNIT_KINDS } from '../../org/catalog.ts';

const count = z.number().int().min(0);
/** Members of a cell by rating: the four levels and those not rated (miễn, chưa đánh giá). */
export const memberCounts = z.object({ htxs: count, htt: count, ht: count, khtnv: count, unrated: count });
const level = z.object({ code: z.string(), name: z.string(), short: z.string() });

export const ratingsContract = {
  'ratings.list': method(
    'Xếp loại chất lượng của một năm: mỗi tổ chức cơ sở đảng, đảng bộ bộ phận và chi bộ một dòng (mức, điểm), mỗi chi bộ kèm số đảng viên theo mức; thang và quy định áp dụng năm đó',
    z.object({ year }),
    z.object({
      year: z.number().int(),
      scale: z.string(),
      memberScale: z.string(),
      citation: z.string(),
      /** 366-QĐ/TW: collectives get a score out of 100 and the level follows from it. */
      scored: z.boolean(),
      levels: z.array(level),
      memberLevels: z.array(level),
      rows: z.array(
        z.object({
          unitId: z.number().int(),
          code: z.string(),
          name: z.string(),
          kind: z.enum(UNIT_KINDS),
          depth: z.number().int(),
          parent: z.string().nullable(),
          /** The level code on the year's scale, or null when not rated. */
          level: z.string().nullable(),
          /** Score out of 100 (two decimals), or null. */
          score: z.number().nullable(),
          /** Members of the unit that year (sum of its cells for a committee). */
          members: z.number().int().nullable(),
          /** Only for cells (chi bộ cơ sở and chi bộ trực thuộc); null when nothing entered. */
          memberCounts: memberCounts.nullable(),
          isCell: z.boolean(),
        }),
      ),
    }),
  ),
  'ratings.set': method(
    'Ghi xếp loại đơn vị (mức theo mã, tên đầy đủ hoặc viết tắt HTXSNV/HTTNV/HTNV/KHTNV/TSVM; điểm 0–100) và số đảng viên theo mức của chi bộ; kiểm tra hết rồi ghi tất cả hoặc không gì cả',
    z.object({
      year,
      units: z
        .array(
          z.object({
            unitId: z.number().int(),
            /** null removes the rating. */
            level: z.string().nullable(),
            score: z.number().min(0).max(100).nullable().optional(),
          }),
        )
        .max(100000)
        .default([]),
      members: z
        .array(memberCounts.extend({ unitId: z.number().int() }))
        .max(100000)
        .default([]),
    }),
    /** Warnings: cells whose rated members are fewer than their members, or whose members are not entered. */
    z.object({ units: z.number().int(), members: z.number().int(), warnings: z.array(z.string()).default([]) }),
  ),
};
