/**
 * The fixed catalog a template may use: fields ({{…}}) and blocks ([[…]]). Templates are logic-less:
 * they can only name these, and each name is computed by one source in reports/figures/.
 */

export type Source = 'general' | 'structure' | 'compare' | 'ratings' | 'targets';

export interface CatalogEntry { name: string; description: string; source: Source }

const f = (name: string, description: string, source: Source): CatalogEntry => ({ name, description, source });

const GROUP_FIELDS: CatalogEntry[] = [1, 2, 3, 4, 5, 6].flatMap((n) => [
  f(`nhom-${n}-ten`, `Tên nhóm chi bộ thứ ${n} (phân tổ nhom-chi-bo)`, 'structure'),
  f(`nhom-${n}-chi-bo`, `Số chi bộ của nhóm thứ ${n}`, 'structure'),
  f(`nhom-${n}-dang-vien`, `Số đảng viên của nhóm thứ ${n}`, 'structure'),
  f(`nhom-${n}-ty-le`, `Tỷ lệ đảng viên của nhóm thứ ${n} (làm tròn đúng)`, 'structure'),
]);

export const FIELDS: CatalogEntry[] = [
  f('nam', 'Năm của số liệu', 'general'),
  f('nam-so-sanh', 'Các năm so sánh, ví dụ "2017, 2018"', 'general'),
  f('nam-truoc', 'Năm so sánh gần nhất', 'general'),
  f('ten-dang-bo', 'Tên đảng bộ, ví dụ "Đảng bộ huyện Quốc Oai"', 'general'),
  f('noi', 'Địa danh ghi ở ngày tháng', 'general'),
  f('nhiem-ky', 'Nhiệm kỳ, ví dụ "2015 - 2020"', 'general'),
  f('so-to-chuc-co-so', 'Số tổ chức cơ sở đảng', 'structure'),
  f('so-dang-bo-co-so', 'Số đảng bộ cơ sở', 'structure'),
  f('so-chi-bo-co-so', 'Số chi bộ cơ sở', 'structure'),
  f('so-chi-bo-truc-thuoc', 'Số chi bộ trực thuộc đảng bộ cơ sở', 'structure'),
  f('so-chi-bo', 'Tổng số chi bộ (trực thuộc và cơ sở)', 'structure'),
  f('tong-dang-vien', 'Tổng số đảng viên', 'structure'),
  f('dang-vien-du-bi', 'Số đảng viên dự bị', 'structure'),
  f('ty-le-du-bi', 'Tỷ lệ đảng viên dự bị', 'structure'),
  f('dang-vien-nu', 'Số đảng viên nữ', 'structure'),
  f('ty-le-nu', 'Tỷ lệ đảng viên nữ', 'structure'),
  f('ket-nap-moi', 'Số đảng viên kết nạp mới trong năm', 'structure'),
  f('cau-nhom-chi-bo', 'Câu liệt kê các nhóm chi bộ: "221 chi bộ … với 6.067 đảng viên, chiếm 85,44%; …"', 'structure'),
  ...GROUP_FIELDS,
  f('tong-dang-vien-nam-truoc', 'Tổng số đảng viên năm so sánh gần nhất', 'compare'),
  f('tang-giam-dang-vien', 'Số đảng viên tăng (+) hoặc giảm (−) so với năm so sánh gần nhất', 'compare'),
  f('so-chi-bo-nam-truoc', 'Tổng số chi bộ năm so sánh gần nhất', 'compare'),
  f('tang-giam-chi-bo', 'Số chi bộ tăng (+) hoặc giảm (−) so với năm so sánh gần nhất', 'compare'),
  f('chi-bo-htxs', 'Số chi bộ hoàn thành xuất sắc nhiệm vụ (trong sạch vững mạnh đến năm 2017)', 'ratings'),
  f('chi-bo-htt', 'Số chi bộ hoàn thành tốt nhiệm vụ', 'ratings'),
  f('chi-bo-ht', 'Số chi bộ hoàn thành nhiệm vụ', 'ratings'),
  f('chi-bo-khtnv', 'Số chi bộ không hoàn thành nhiệm vụ (yếu kém đến năm 2017)', 'ratings'),
  f('ty-le-chi-bo-htxs', 'Tỷ lệ chi bộ hoàn thành xuất sắc nhiệm vụ', 'ratings'),
  f('ty-le-chi-bo-htt-tro-len', 'Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên', 'ratings'),
  f('dang-vien-xep-loai', 'Số đảng viên được đánh giá, xếp loại', 'ratings'),
  f('dang-vien-htxs', 'Số đảng viên hoàn thành xuất sắc nhiệm vụ', 'ratings'),
  f('dang-vien-htt', 'Số đảng viên hoàn thành tốt nhiệm vụ', 'ratings'),
  f('dang-vien-ht', 'Số đảng viên hoàn thành nhiệm vụ', 'ratings'),
  f('dang-vien-khtnv', 'Số đảng viên không hoàn thành nhiệm vụ', 'ratings'),
  f('ty-le-dang-vien-htxs', 'Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ', 'ratings'),
  f('ty-le-dang-vien-htt-tro-len', 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên', 'ratings'),
  f('ty-le-xuat-sac-tren-tot', 'Số đảng viên xuất sắc so với số đảng viên tốt, toàn đảng bộ', 'ratings'),
  f('so-tccs-vuot-20', 'Số tổ chức cơ sở đảng có đảng viên xuất sắc vượt 20% số đảng viên tốt', 'ratings'),
  f('ten-de-an', 'Tên đề án có các chỉ tiêu', 'targets'),
  f('so-chi-tieu', 'Số chỉ tiêu của đề án được đánh giá trong năm', 'targets'),
  f('so-chi-tieu-dat', 'Số chỉ tiêu đạt trong năm', 'targets'),
];

/** Blocks other than the breakdown tables (those are "bang:<mã phân tổ>", from the breakdown list). */
export const BLOCKS: CatalogEntry[] = [
  f('bang:so-sanh-nam', 'Bảng so sánh số chi bộ, đảng viên theo nhóm qua các năm', 'compare'),
  f('bieu-do:so-sanh-nam', 'Biểu đồ so sánh số đảng viên theo nhóm qua các năm', 'compare'),
  f('bieu-do:ty-le-dang-vien', 'Biểu đồ số và tỷ lệ đảng viên theo nhóm chi bộ', 'structure'),
  f('bang:xep-loai-chi-bo', 'Bảng xếp loại chất lượng chi bộ theo nhóm', 'ratings'),
  f('bang:xep-loai-dang-vien', 'Bảng xếp loại đảng viên theo nhóm chi bộ', 'ratings'),
  f('bang:kiem-tra-20', 'Kiểm tra đảng viên xuất sắc không quá 20% số đảng viên tốt, theo tổ chức cơ sở đảng', 'ratings'),
  f('bang:chi-tieu', 'Các chỉ tiêu của đề án theo nhóm chi bộ', 'targets'),
  f('bang:ket-qua-chi-tieu', 'Kết quả thực hiện chỉ tiêu trong năm: chỉ tiêu, thực hiện, đạt/chưa đạt', 'targets'),
  f('bieu-do:chi-tieu', 'Biểu đồ số chỉ tiêu đạt qua các năm', 'targets'),
  f('ngat-trang', 'Sang trang mới', 'general'),
];

export const DIRECTIVES: Record<string, string> = {
  'tieu-de': 'Tên loại văn bản in ra, ví dụ "THÔNG BÁO KẾT LUẬN"',
  'ky-hieu': 'Ký hiệu loại văn bản trong số, ví dụ "TB"',
  'trich-yeu': 'Trích yếu nội dung (dòng in đậm dưới tên loại văn bản)',
  'noi-nhan': 'Một nơi nhận (mỗi dòng một nơi)',
};

export const FIELD_NAMES = new Set(FIELDS.map((e) => e.name));
export const breakdownBlock = (id: string) => `bang:${id}`;
