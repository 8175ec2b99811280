/** The built-in templates, worded after the seed article (the Quốc Oai đề án and its workshop). Restorable at any time. */
import type { ReportKind } from '../kinds.ts';

export interface BuiltinTemplate { code: string; kind: ReportKind; name: string; body: string }

const DE_AN = `@trich-yeu: về nâng cao năng lực lãnh đạo, sức chiến đấu của chi bộ trực thuộc đảng bộ cơ sở
@noi-nhan: Ban Thường vụ Thành ủy (để báo cáo),
@noi-nhan: Ban Tổ chức Thành ủy (để báo cáo),
@noi-nhan: Các đồng chí Huyện ủy viên,
@noi-nhan: Các đảng bộ, chi bộ trực thuộc,
@noi-nhan: Lưu Văn phòng Huyện ủy.

# I- SỰ CẦN THIẾT VÀ THỰC TRẠNG
## 1- Sự cần thiết xây dựng đề án
Chi bộ là hạt nhân chính trị ở cơ sở, là nơi trực tiếp quản lý, giáo dục, rèn luyện đảng viên. Nâng cao năng lực lãnh đạo, sức chiến đấu của chi bộ trực thuộc đảng bộ cơ sở là nhiệm vụ thường xuyên, có ý nghĩa quyết định đối với việc thực hiện nhiệm vụ chính trị của {{ten-dang-bo}}.
## 2- Thực trạng tổ chức cơ sở đảng và đảng viên
Năm {{nam}}, {{ten-dang-bo}} có {{so-to-chuc-co-so}} tổ chức cơ sở đảng, gồm {{so-dang-bo-co-so}} đảng bộ cơ sở và {{so-chi-bo-co-so}} chi bộ cơ sở với {{tong-dang-vien}} đảng viên. Trong đó, {{cau-nhom-chi-bo}}.
[[bang:nhom-chi-bo]]
[[bieu-do:ty-le-dang-vien]]
Ưu điểm: Về cơ bản các chi bộ trực thuộc đảng ủy xã, thị trấn và các chi bộ cơ quan, doanh nghiệp đã giữ vững và phát huy tốt vai trò là hạt nhân chính trị ở cơ sở; lãnh đạo cán bộ, đảng viên, nhân dân thực hiện tốt chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước và sự chỉ đạo của cấp trên.
Hạn chế: Một số cấp ủy chi bộ chưa thực sự tích cực, thiếu chủ động, sáng tạo trong thực thi nhiệm vụ; chưa thực hiện nghiêm túc chế độ sinh hoạt đảng; số lượng chi ủy viên có trình độ chuyên môn, trình độ lý luận chính trị không đồng đều.
# II- MỤC TIÊU
Các mục tiêu, chỉ tiêu đối với từng nhóm chi bộ như sau:
[[bang:chi-tieu]]
# III- NHIỆM VỤ, GIẢI PHÁP
## 1- Nâng cao chất lượng sinh hoạt chi bộ
Lãnh đạo đẩy mạnh công tác phát triển đảng viên ở chi bộ nông thôn; nâng cao chất lượng các buổi sinh hoạt chi bộ.
## 2- Xây dựng đội ngũ cấp ủy chi bộ
Quan tâm tạo điều kiện cho các bí thư chi bộ thôn nâng cao trình độ chính trị; lựa chọn những người có đủ năng lực, trình độ, có độ tuổi phù hợp đảm nhận chức vụ bí thư chi bộ.
## 3- Tăng cường kiểm tra, giám sát
Tăng cường công tác kiểm tra, giám sát và thực hiện đánh giá cán bộ, đảng viên theo tháng, quý, năm.
# IV- TỔ CHỨC THỰC HIỆN
Ban Tổ chức Huyện ủy chủ trì, phối hợp với các ban xây dựng Đảng hướng dẫn, theo dõi, đôn đốc việc thực hiện đề án; hằng năm sơ kết, báo cáo Ban Thường vụ Huyện ủy.
Các đảng ủy, chi bộ cơ sở xây dựng kế hoạch thực hiện đề án phù hợp với tình hình của đơn vị.
`;

const BAO_CAO_HOI_NGHI = `@trich-yeu: kết quả thực hiện đề án nâng cao năng lực lãnh đạo, sức chiến đấu của chi bộ trực thuộc đảng bộ cơ sở năm {{nam}}
@noi-nhan: Ban Tổ chức Thành ủy (để báo cáo),
@noi-nhan: Thường trực Huyện ủy,
@noi-nhan: Các đại biểu dự hội thảo,
@noi-nhan: Lưu Văn phòng Huyện ủy.

# I- TÌNH HÌNH TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN
Hiện {{ten-dang-bo}} có {{so-to-chuc-co-so}} tổ chức cơ sở đảng, gồm {{so-dang-bo-co-so}} đảng bộ cơ sở và {{so-chi-bo-co-so}} chi bộ cơ sở với {{tong-dang-vien}} đảng viên. Trong đó, {{cau-nhom-chi-bo}}.
[[bang:nhom-chi-bo]]
So với năm {{nam-truoc}}, số đảng viên toàn đảng bộ thay đổi {{tang-giam-dang-vien}} đảng viên (năm {{nam-truoc}}: {{tong-dang-vien-nam-truoc}} đảng viên); trong năm kết nạp {{ket-nap-moi}} đảng viên mới.
# II- KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM {{nam}}
{{ten-de-an}}: năm {{nam}} đạt {{so-chi-tieu-dat}}/{{so-chi-tieu}} chỉ tiêu.
[[bang:ket-qua-chi-tieu]]
[[bieu-do:chi-tieu]]
# III- SO SÁNH VỚI CÁC NĂM TRƯỚC
[[bang:so-sanh-nam]]
[[bieu-do:so-sanh-nam]]
# IV- HẠN CHẾ, NGUYÊN NHÂN
## 1- Hạn chế
Năng lực lãnh đạo, sức chiến đấu của một số tổ chức cơ sở đảng và chất lượng đảng viên còn hạn chế; có lúc, có việc còn thiếu sự lãnh đạo, chỉ đạo tập trung, thống nhất.
## 2- Nguyên nhân
Một số cấp ủy chưa quan tâm đúng mức đến công tác xây dựng chi bộ; đội ngũ cấp ủy viên chi bộ ở nhiều nơi chưa được bồi dưỡng thường xuyên.
# V- PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI
Xây dựng các chi bộ đảng thực sự trong sạch, vững mạnh cả về chính trị, tư tưởng, tổ chức và đạo đức; đa dạng hóa các mô hình hoạt động chi bộ; nâng cao chất lượng sinh hoạt chi bộ và chất lượng đảng viên.
`;

const KET_LUAN = `@tieu-de: THÔNG BÁO KẾT LUẬN
@ky-hieu: TB
@trich-yeu: của đồng chí Bí thư Huyện ủy tại Hội thảo nâng cao năng lực lãnh đạo, sức chiến đấu của chi bộ trực thuộc đảng bộ cơ sở
@noi-nhan: Các đảng bộ, chi bộ trực thuộc,
@noi-nhan: Các ban xây dựng Đảng Huyện ủy,
@noi-nhan: Lưu Văn phòng Huyện ủy.

Năm {{nam}}, Ban Thường vụ Huyện ủy tổ chức Hội thảo nâng cao năng lực lãnh đạo, sức chiến đấu của chi bộ trực thuộc đảng bộ cơ sở. Sau khi nghe báo cáo và ý kiến thảo luận, đồng chí Bí thư Huyện ủy kết luận như sau:
# I- ĐÁNH GIÁ CHUNG
{{ten-dang-bo}} có {{so-to-chuc-co-so}} tổ chức cơ sở đảng với {{tong-dang-vien}} đảng viên, sinh hoạt tại {{so-chi-bo}} chi bộ. Năm {{nam}}, {{ty-le-chi-bo-htt-tro-len}} số chi bộ hoàn thành tốt nhiệm vụ trở lên; kết nạp {{ket-nap-moi}} đảng viên mới.
# II- NHIỆM VỤ TRỌNG TÂM
## 1- Xây dựng giải pháp đồng bộ
Các đồng chí cấp ủy chi, đảng bộ trực thuộc và đội ngũ đảng viên cần xây dựng giải pháp đồng bộ, cụ thể, rõ ràng, có cơ sở khoa học, thực tiễn, có trọng tâm, trọng điểm, khả thi.
## 2- Lựa chọn bí thư chi bộ
Lựa chọn những người có đủ năng lực, trình độ, có độ tuổi phù hợp tham gia đảm nhận chức vụ bí thư chi bộ; đa dạng hóa các mô hình hoạt động chi bộ.
## 3- Kiểm tra, giám sát
Tăng cường công tác kiểm tra, giám sát và thực hiện đánh giá cán bộ, công chức, đảng viên trong toàn Đảng bộ theo tháng, quý, năm.
Ban Thường vụ Huyện ủy thông báo để các đảng bộ, chi bộ trực thuộc biết, thực hiện.
`;

const BAO_CAO_XEP_LOAI = `@trich-yeu: kết quả đánh giá, xếp loại chất lượng tổ chức cơ sở đảng, đảng viên năm {{nam}}
@noi-nhan: Ban Tổ chức Thành ủy (để báo cáo),
@noi-nhan: Thường trực Huyện ủy,
@noi-nhan: Các đảng bộ, chi bộ trực thuộc,
@noi-nhan: Lưu Văn phòng Huyện ủy.

Thực hiện quy định, hướng dẫn của Trung ương về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm, Ban Thường vụ Huyện ủy báo cáo kết quả đánh giá, xếp loại năm {{nam}} như sau:
# I- KẾT QUẢ XẾP LOẠI TỔ CHỨC ĐẢNG
## 1- Tổ chức cơ sở đảng
[[bang:xep-loai-tccs]]
## 2- Chi bộ
Tổng số {{so-chi-bo}} chi bộ: {{chi-bo-htxs}} chi bộ hoàn thành xuất sắc nhiệm vụ ({{ty-le-chi-bo-htxs}}); {{chi-bo-htt}} chi bộ hoàn thành tốt nhiệm vụ; {{chi-bo-ht}} chi bộ hoàn thành nhiệm vụ; {{chi-bo-khtnv}} chi bộ không hoàn thành nhiệm vụ. Tỷ lệ hoàn thành tốt nhiệm vụ trở lên: {{ty-le-chi-bo-htt-tro-len}}.
[[bang:xep-loai-chi-bo]]
# II- KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN
Tổng số đảng viên được đánh giá, xếp loại: {{dang-vien-xep-loai}}; hoàn thành xuất sắc nhiệm vụ {{dang-vien-htxs}} ({{ty-le-dang-vien-htxs}}); hoàn thành tốt nhiệm vụ {{dang-vien-htt}}; hoàn thành nhiệm vụ {{dang-vien-ht}}; không hoàn thành nhiệm vụ {{dang-vien-khtnv}}.
[[bang:xep-loai-dang-vien]]
# III- KIỂM TRA TỶ LỆ ĐẢNG VIÊN HOÀN THÀNH XUẤT SẮC NHIỆM VỤ
Số đảng viên hoàn thành xuất sắc nhiệm vụ không vượt quá 20% số đảng viên hoàn thành tốt nhiệm vụ trong mỗi tổ chức cơ sở đảng. Toàn đảng bộ: {{ty-le-xuat-sac-tren-tot}}; số tổ chức cơ sở đảng vượt tỷ lệ: {{so-tccs-vuot-20}}.
[[bang:kiem-tra-20]]
# IV- NHẬN XÉT, KIẾN NGHỊ
Các cấp ủy cần thực hiện nghiêm quy định về tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ; rà soát, xếp loại lại ở những tổ chức cơ sở đảng vượt tỷ lệ.
`;

export const BUILTIN_TEMPLATES: BuiltinTemplate[] = [
  { code: 'de-an', kind: 'de-an', name: 'Đề án nâng cao năng lực lãnh đạo, sức chiến đấu của chi bộ', body: DE_AN },
  { code: 'bao-cao-hoi-nghi', kind: 'bao-cao-hoi-nghi', name: 'Báo cáo hội thảo kết quả thực hiện đề án', body: BAO_CAO_HOI_NGHI },
  { code: 'ket-luan', kind: 'ket-luan', name: 'Thông báo kết luận của đồng chí Bí thư tại hội thảo', body: KET_LUAN },
  { code: 'bao-cao-xep-loai', kind: 'bao-cao-xep-loai', name: 'Báo cáo kết quả đánh giá, xếp loại chất lượng', body: BAO_CAO_XEP_LOAI },
];

export function findBuiltin(code: string): BuiltinTemplate | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.code === code);
}
