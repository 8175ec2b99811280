/**
 * The seed article's đề án (Quốc Oai, workshop of 2019), every target worded as in the article.
 *
 * Period 2019–2020: the đề án was discussed at the 2019 workshop for "những năm tiếp theo"; its
 * yearly targets ("Hằng năm") run from 2019, its latest deadline is "đến năm 2020" (also the end of
 * the 2015–2020 term), and the agency targets are "đến năm 2019", i.e. judged on 2019's results.
 * Earlier years are outside the plan and are not evaluated.
 *
 * Where one sentence of the article holds several targets they are separate rows here, each
 * judged on its own (a 100% target on three qualifications = three 100% targets).
 */
import type { TargetInput, PlanInput } from './plans.ts';

export const SEED_PLAN: PlanInput = {
  name: 'Đề án nâng cao năng lực lãnh đạo, sức chiến đấu của chi bộ trực thuộc đảng bộ cơ sở huyện Quốc Oai',
  number: null,
  startYear: 2019,
  endYear: 2020,
};

type SeedTarget = Omit<TargetInput, 'planId'>;

const yearly = { due: 'everyYear' } as const;
const by = (dueYear: number) => ({ due: 'byYear', dueYear }) as const;

export const SEED_TARGETS: SeedTarget[] = [
  // Đối với chi bộ thôn, tổ dân phố
  {
    label: 'Hằng năm, 100% đội ngũ cấp ủy chi bộ hoàn thành tốt nhiệm vụ trở lên',
    scope: 'thon-tdp',
    measure: 'committee-rating',
    params: { atLeast: 'tot' },
    threshold: 100,
    ...yearly,
  },
  {
    label: 'Hằng năm, 80% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên',
    scope: 'thon-tdp',
    measure: 'cell-rating',
    params: { atLeast: 'tot' },
    threshold: 80,
    ...yearly,
  },
  {
    label: 'Hằng năm, 100% các chi bộ đều kết nạp được đảng viên',
    scope: 'thon-tdp',
    measure: 'cell-admitted',
    params: { min: 1 },
    threshold: 100,
    ...yearly,
  },
  {
    label: 'Hằng năm, 100% đội ngũ cấp ủy chi bộ được bồi dưỡng về chuyên môn nghiệp vụ, các kỹ năng về công tác Đảng và lý luận chính trị',
    scope: 'thon-tdp',
    measure: 'committee-trained',
    params: {},
    threshold: 100,
    ...yearly,
  },
  {
    label: 'Phấn đấu đến năm 2020: 100% cấp ủy viên chi bộ có trình độ học vấn THPT',
    scope: 'thon-tdp',
    measure: 'committee-qualification',
    params: { education: 'thpt' },
    threshold: 100,
    ...by(2020),
  },
  {
    label: 'Phấn đấu đến năm 2020: 70% có trình độ chuyên môn và trình độ lý luận chính trị từ trung cấp trở lên',
    scope: 'thon-tdp',
    measure: 'committee-qualification',
    params: { professional: 'trung_cap', theory: 'trung_cap' },
    threshold: 70,
    ...by(2020),
  },
  // Đối với chi bộ cơ quan
  {
    label: 'Hằng năm, 90% chi bộ đạt trong sạch vững mạnh',
    scope: 'co-quan',
    measure: 'cell-rating',
    params: { atLeast: 'xuat-sac' },
    threshold: 90,
    ...yearly,
  },
  {
    label: 'Các chi bộ còn lại đạt hoàn thành tốt nhiệm vụ (100% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên)',
    scope: 'co-quan',
    measure: 'cell-rating',
    params: { atLeast: 'tot' },
    threshold: 100,
    ...yearly,
  },
  {
    label: 'Hằng năm, 100% đội ngũ cấp ủy chi bộ được bồi dưỡng về chuyên môn nghiệp vụ, các kỹ năng về công tác Đảng và lý luận chính trị',
    scope: 'co-quan',
    measure: 'committee-trained',
    params: {},
    threshold: 100,
    ...yearly,
  },
  {
    label: 'Phấn đấu đến năm 2019: 100% cấp ủy viên chi bộ có trình độ học vấn THPT',
    scope: 'co-quan',
    measure: 'committee-qualification',
    params: { education: 'thpt' },
    threshold: 100,
    ...by(2019),
  },
  {
    label: 'Phấn đấu đến năm 2019: 100% cấp ủy viên chi bộ có trình độ chuyên môn từ đại học trở lên',
    scope: 'co-quan',
    measure: 'committee-qualification',
    params: { professional: 'dai_hoc' },
    threshold: 100,
    ...by(2019),
  },
  {
    label: 'Phấn đấu đến năm 2019: 100% cấp ủy viên chi bộ có trình độ lý luận chính trị từ trung cấp trở lên',
    scope: 'co-quan',
    measure: 'committee-qualification',
    params: { theory: 'trung_cap' },
    threshold: 100,
    ...by(2019),
  },
  // Đối với chi bộ doanh nghiệp ngoài khu vực nhà nước
  {
    label: 'Hằng năm, 100% các chi bộ đạt hoàn thành tốt nhiệm vụ trở lên',
    scope: 'dn-ngoai-nha-nuoc',
    measure: 'cell-rating',
    params: { atLeast: 'tot' },
    threshold: 100,
    ...yearly,
  },
  {
    label: 'Hằng năm, 100% các chi bộ kết nạp được đảng viên',
    scope: 'dn-ngoai-nha-nuoc',
    measure: 'cell-admitted',
    params: { min: 1 },
    threshold: 100,
    ...yearly,
  },
  {
    label: 'Hằng năm, 100% đội ngũ cấp ủy chi bộ được bồi dưỡng về chuyên môn nghiệp vụ, các kỹ năng về công tác Đảng và lý luận chính trị',
    scope: 'dn-ngoai-nha-nuoc',
    measure: 'committee-trained',
    params: {},
    threshold: 100,
    ...yearly,
  },
  {
    label: 'Phấn đấu đến năm 2020: 100% cấp ủy viên chi bộ có trình độ học vấn THPT',
    scope: 'dn-ngoai-nha-nuoc',
    measure: 'committee-qualification',
    params: { education: 'thpt' },
    threshold: 100,
    ...by(2020),
  },
  {
    label: 'Phấn đấu đến năm 2020: 80% có trình độ chuyên môn từ trung cấp trở lên',
    scope: 'dn-ngoai-nha-nuoc',
    measure: 'committee-qualification',
    params: { professional: 'trung_cap' },
    threshold: 80,
    ...by(2020),
  },
  {
    label: 'Phấn đấu đến năm 2020: 100% bí thư chi bộ tham gia công tác quản lý doanh nghiệp',
    scope: 'dn-ngoai-nha-nuoc',
    measure: 'secretary-manages-enterprise',
    params: {},
    threshold: 100,
    ...by(2020),
  },
];
