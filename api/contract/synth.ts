import { z } from 'zod';
import { jobId, method } from '../define.ts';
import { PROVINCE } from '../../synth/options.ts';

const changes = z.object({
  renamed: z.number().int(),
  merged: z.number().int(),
  split: z.number().int(),
  dissolved: z.number().int(),
  moved: z.number().int(),
  created: z.number().int(),
  consolidated: z.number().int(),
});

export const synthContract = {
  'synth.province': method(
    'Tạo dữ liệu tổng hợp quy mô tỉnh (xác định theo hạt giống) vào tệp trống: để đo tốc độ và thử giao diện',
    z.object({
      units: z.number().int().min(20).max(200_000).default(PROVINCE.units),
      members: z.number().int().min(20).max(5_000_000).default(PROVINCE.members),
      years: z.number().int().min(1).max(30).default(PROVINCE.years),
      lastYear: z.number().int().min(1930).max(2100).default(PROVINCE.lastYear),
      seed: z.number().int().default(PROVINCE.seed),
      jobId,
    }),
    z.object({
      years: z.array(
        z.object({
          year: z.number().int(),
          units: z.number().int(),
          leaves: z.number().int(),
          members: z.number().int(),
          committeeMembers: z.number().int(),
          changes: changes.nullable(),
        }),
      ),
      unitsFirstYear: z.number().int(),
      membersLastYear: z.number().int(),
    }),
  ),
};
