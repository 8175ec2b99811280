/**
 * The one catalog both template forms (text and Word) use: fields ({{…}}), blocks ([[…]]), lists to
 * repeat ({% lap … %}) with their item fields, and conditions ({% neu … %}). A template can only name
 * these, and each name is computed by one source in reports/figures/.
 */

/** 'insights' reads the others: sentences drawn from the figures (ưu điểm, hạn chế, giải pháp). */
export type Source = 'general' | 'structure' | 'compare' | 'ratings' | 'targets' | 'insights';

export interface CatalogEntry {
  name: string;
  description: string;
  source: Source;
}

const f = (name: string, description: string, source: Source): CatalogEntry => ({ name, description, source });

const GROUP_FIELDS: CatalogEntry[] = [1, 2, 3, 4, 5, 6].flatMap((n) => [
  f(`nhom-${n}-ten`, `Tên nhóm chi bộ thứ ${n} (phân tổ nhom-chi-bo)`, 'structure'),
  f(`nhom-${n}-chi-bo`, `Số chi bộ của nhóm thứ ${n}`, 'structure'),
  f(`nhom-${n}-dang-vien`, `Số đảng viên của nhóm thứ ${n}`, 'structure'),
  f(`nhom-${n}-ty-le`, `Tỷ lệ đảng viên của nhóm thứ ${n} (làm tròn đúng)`, 'structure'),
]);

export const FIELDS: CatalogEntry[] = [
  f('nam', 'Năm của số liệu', 'general'),
  f('cap-uy', 'Tên cấp ủy dùng trong câu: "Huyện ủy", "Đảng ủy xã", "Tỉnh ủy" (Cài đặt)', 'general'),
  f('co-quan-tham-muu', 'Cơ quan tham mưu soạn văn bản: "Ban Tổ chức Huyện ủy", "Ban Xây dựng Đảng" (Cài đặt)', 'general'),
  f(
    'cap-uy-cap-tren',
    'Cấp ủy cấp trên: "Thành ủy", "Tỉnh ủy" (theo tên đảng bộ cấp trên trong Cài đặt); với tỉnh: "Trung ương"',
    'general',
  ),
  f('ban-to-chuc-cap-tren', 'Ban Tổ chức của cấp trên: "Ban Tổ chức Thành ủy", "Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Trung ương"', 'general'),
  f(
    'quy-dinh-xep-loai',
    'Quy định đánh giá, xếp loại áp dụng cho năm, ví dụ "Quy định số 132-QĐ/TW, ngày 08/3/2018 của Bộ Chính trị"',
    'general',
  ),
  f('so-van-ban', 'Số và ký hiệu in ở đầu văn bản: "Số 12-ĐA/HU"', 'general'),
  f('dia-danh-ngay', 'Địa danh và ngày tháng: "Quốc Oai, ngày 15 tháng 3 năm 2019"', 'general'),
  f('co-quan-ban-hanh', 'Tên cơ quan ban hành: "HUYỆN ỦY QUỐC OAI" (Cài đặt)', 'general'),
  f('co-quan-cap-tren', 'Tên đảng bộ cấp trên: "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI" (Cài đặt)', 'general'),
  f('trich-yeu', 'Trích yếu nội dung văn bản', 'general'),
  f('nguoi-ky', 'Họ tên người ký', 'general'),
  f('chuc-vu-ky', 'Chức vụ người ký: "BÍ THƯ"', 'general'),
  f('tham-quyen-ky', 'Thẩm quyền ký: "T/M BAN THƯỜNG VỤ"', 'general'),
  f('hoi-nghi-ngay', 'Ngày họp hội nghị, hội thảo (nhập khi soạn; để trống thì in chỗ cần điền)', 'general'),
  f('hoi-nghi-dia-diem', 'Địa điểm họp (nhập khi soạn)', 'general'),
  f('chu-tri', 'Người chủ trì (nhập khi soạn)', 'general'),
  f('thanh-phan', 'Thành phần dự họp (nhập khi soạn)', 'general'),
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
  f('bien-dong-dang-vien', 'Biến động đảng viên viết thành lời: "tăng 177 đảng viên", "giảm 12 đảng viên", "không thay đổi"', 'compare'),
  f('bien-dong-chi-bo', 'Biến động số chi bộ viết thành lời, không kèm danh từ: "tăng 3", "giảm 1", "không thay đổi"', 'compare'),
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
  f('chi-bo-xep-loai', 'Số chi bộ đã được xếp loại', 'ratings'),
  f('chi-bo-chua-xep-loai', 'Số chi bộ chưa được xếp loại', 'ratings'),
  f('dang-vien-chua-xep-loai', 'Số đảng viên chưa được xếp loại (tổng số đảng viên trừ số được xếp loại)', 'ratings'),
  f('ty-le-chi-bo-htt-tro-len-nam-truoc', 'Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên của năm trước', 'ratings'),
  f('so-sanh-xep-loai-chi-bo', 'Câu so sánh tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên với năm trước', 'ratings'),
  f('chi-bo-khtnv-khac', 'Số chi bộ không hoàn thành nhiệm vụ ngoài 20 chi bộ được nêu tên', 'ratings'),
  f('cau-kiem-tra-ty-le', 'Câu kết quả kiểm tra tỷ lệ xuất sắc không quá 20% số tốt, theo từng loại đã bật trong Cài đặt', 'ratings'),
  f('ten-de-an', 'Tên đề án có các chỉ tiêu', 'targets'),
  f('so-chi-tieu', 'Số chỉ tiêu của đề án được đánh giá trong năm', 'targets'),
  f('so-chi-tieu-dat', 'Số chỉ tiêu đạt trong năm', 'targets'),
  f('tong-so-chi-tieu', 'Tổng số chỉ tiêu của đề án', 'targets'),
  f('cau-ket-qua-chi-tieu', 'Câu kết quả chỉ tiêu: "đạt 2/13 chỉ tiêu đến hạn (trong 18 chỉ tiêu)"', 'targets'),
];

export interface ListEntry extends CatalogEntry {
  items: Record<string, string>;
}

const l = (name: string, description: string, source: Source, items: Record<string, string>): ListEntry => ({
  name,
  description,
  source,
  items,
});

/** Lists a template repeats with {% lap ten %} … {% het-lap %}; inside, {{ten.truong}} names an item's field. */
export const LISTS: ListEntry[] = [
  l('nhom', 'Các nhóm chi bộ (phân tổ nhom-chi-bo)', 'structure', {
    ten: 'Tên nhóm',
    'chi-bo': 'Số chi bộ',
    'dang-vien': 'Số đảng viên',
    'ty-le': 'Tỷ lệ đảng viên',
  }),
  l('chi-tieu', 'Các chỉ tiêu của đề án, kết quả năm', 'targets', {
    ten: 'Tên chỉ tiêu',
    nhom: 'Nhóm chi bộ',
    muc: 'Mức chỉ tiêu',
    'thuc-hien': 'Thực hiện trong năm',
    'ket-qua': 'Đạt, chưa đạt, chưa đến hạn',
  }),
  l('chi-tieu-chua-dat', 'Các chỉ tiêu đến hạn mà chưa đạt', 'targets', {
    ten: 'Tên chỉ tiêu',
    nhom: 'Nhóm chi bộ',
    muc: 'Mức chỉ tiêu',
    'thuc-hien': 'Thực hiện trong năm',
    'can-them': 'Số còn thiếu để đạt',
    'don-vi': 'Các đơn vị chưa đạt (nêu tên vài đơn vị)',
  }),
  l('uu-diem', 'Ưu điểm rút ra từ số liệu (tăng so với năm trước, chỉ tiêu đạt)', 'insights', { 'noi-dung': 'Câu ưu điểm' }),
  l('han-che', 'Hạn chế rút ra từ số liệu, nêu tên đơn vị (chỉ tiêu chưa đạt, không hoàn thành nhiệm vụ, vượt tỷ lệ)', 'insights', {
    'noi-dung': 'Câu hạn chế',
  }),
  l('giai-phap', 'Gợi ý giải pháp cho từng chỉ tiêu chưa đạt, để người soạn viết tiếp', 'insights', { 'noi-dung': 'Câu gợi ý' }),
  l('vuot-ty-le', 'Các tổ chức vượt tỷ lệ xuất sắc/tốt, theo từng loại đã bật trong Cài đặt', 'ratings', {
    loai: 'Loại (đảng viên, tổ chức cơ sở đảng, chi bộ)',
    ten: 'Tên tổ chức',
    'xuat-sac': 'Số xuất sắc',
    tot: 'Số tốt',
    'toi-da': 'Số xuất sắc nhiều nhất được phép',
    vuot: 'Số vượt',
  }),
  l('chi-bo-khtnv', 'Các chi bộ xếp loại không hoàn thành nhiệm vụ (20 chi bộ đầu; số còn lại: {{chi-bo-khtnv-khac}})', 'ratings', {
    ten: 'Tên chi bộ',
    thuoc: 'Thuộc tổ chức cơ sở đảng',
  }),
];

/** Conditions for {% neu ten %} / {% neu khong ten %}. */
export const CONDITIONS: CatalogEntry[] = [
  f('co-nam-truoc', 'Có năm so sánh', 'compare'),
  f('dang-vien-tang', 'Số đảng viên tăng so với năm so sánh gần nhất', 'compare'),
  f('co-uu-diem', 'Số liệu có ưu điểm để nêu', 'insights'),
  f('co-han-che', 'Số liệu có hạn chế để nêu', 'insights'),
  f('co-chi-tieu', 'Có đề án với chỉ tiêu', 'targets'),
  f('co-chi-tieu-chua-dat', 'Có chỉ tiêu đến hạn mà chưa đạt', 'targets'),
  f('co-vuot-ty-le', 'Có tổ chức vượt tỷ lệ xuất sắc/tốt', 'ratings'),
  f('co-chi-bo-khtnv', 'Có chi bộ không hoàn thành nhiệm vụ', 'ratings'),
  f('co-chi-bo-khtnv-khac', 'Có hơn 20 chi bộ không hoàn thành nhiệm vụ (danh sách chỉ nêu 20)', 'ratings'),
  f('co-dang-vien-khtnv', 'Có đảng viên không hoàn thành nhiệm vụ', 'ratings'),
  f('co-chua-xep-loai', 'Có chi bộ hoặc đảng viên chưa được xếp loại', 'ratings'),
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
  f('bieu-do:xep-loai', 'Biểu đồ tỷ lệ chi bộ và đảng viên theo mức xếp loại', 'ratings'),
  f('ngat-trang', 'Sang trang mới', 'general'),
  f('noi-nhan-chu-ky', 'Nơi nhận và khối chữ ký (mẫu Word tự đặt vị trí; mẫu văn bản thường luôn có ở cuối)', 'general'),
];

export const DIRECTIVES: Record<string, string> = {
  'tieu-de': 'Tên loại văn bản in ra, ví dụ "THÔNG BÁO KẾT LUẬN"',
  'ky-hieu': 'Ký hiệu loại văn bản trong số, ví dụ "TB"',
  'trich-yeu': 'Trích yếu nội dung (dòng in đậm dưới tên loại văn bản)',
  'noi-nhan': 'Một nơi nhận (mỗi dòng một nơi)',
};

export const FIELD_NAMES = new Set(FIELDS.map((e) => e.name));
export const LIST_NAMES = new Set(LISTS.map((e) => e.name));
export const CONDITION_NAMES = new Set(CONDITIONS.map((e) => e.name));
export const breakdownBlock = (id: string) => `bang:${id}`;
