/** The built-in templates, worded after the seed article (the Quốc Oai đề án and its workshop). Restorable at any time. */
import type { ReportKind } from '../kinds.ts';

export interface BuiltinTemplate {
  code: string;
  kind: ReportKind;
  name: string;
  body: string;
}

// Structure after the đề án, báo cáo, thông báo kết luận and báo cáo xếp loại that committees publish:
// căn cứ → thực trạng → mục tiêu → nhiệm vụ, giải pháp → lộ trình, kinh phí → tổ chức thực hiện.
// Wording names no body the file does not have: the committee, its advisory body and the superior
// committee come from settings ({{cap-uy}}, {{co-quan-tham-muu}}, {{cap-uy-cap-tren}}). Text in
// [brackets] is for the drafter to complete; data-driven sentences come from the figures.

const DE_AN = `@trich-yeu: về nâng cao năng lực lãnh đạo, sức chiến đấu của chi bộ trực thuộc đảng bộ cơ sở
@noi-nhan: Ban Thường vụ {{cap-uy-cap-tren}} (để báo cáo),
@noi-nhan: {{ban-to-chuc-cap-tren}} (để báo cáo),
@noi-nhan: Các đồng chí Ủy viên Ban Chấp hành Đảng bộ,
@noi-nhan: Các đảng bộ, chi bộ trực thuộc,
@noi-nhan: Lưu Văn phòng {{cap-uy}}.

# I- SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN
## 1- Sự cần thiết
Chi bộ là hạt nhân chính trị ở cơ sở, là nơi trực tiếp quản lý, giáo dục, rèn luyện đảng viên. Nâng cao năng lực lãnh đạo, sức chiến đấu của chi bộ trực thuộc đảng bộ cơ sở là nhiệm vụ thường xuyên, có ý nghĩa quyết định đối với việc thực hiện nhiệm vụ chính trị của {{ten-dang-bo}}.
## 2- Căn cứ xây dựng đề án
- Điều lệ Đảng Cộng sản Việt Nam;
- Nghị quyết Đại hội đại biểu {{ten-dang-bo}} nhiệm kỳ {{nhiem-ky}};
- [Các nghị quyết, chỉ thị, hướng dẫn của Trung ương và của {{cap-uy-cap-tren}} làm căn cứ];
- Kết quả đánh giá thực trạng tổ chức cơ sở đảng và đảng viên của {{ten-dang-bo}} năm {{nam}}.
## 3- Phạm vi, đối tượng và thời gian thực hiện
Đề án áp dụng đối với các chi bộ trực thuộc đảng bộ cơ sở và các chi bộ cơ sở trong {{ten-dang-bo}}; thời gian thực hiện: [từ năm … đến năm …].
# II- THỰC TRẠNG TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN
Năm {{nam}}, {{ten-dang-bo}} có {{so-to-chuc-co-so}} tổ chức cơ sở đảng, gồm {{so-dang-bo-co-so}} đảng bộ cơ sở và {{so-chi-bo-co-so}} chi bộ cơ sở với {{tong-dang-vien}} đảng viên. Trong đó, {{cau-nhom-chi-bo}}.
[[bang:nhom-chi-bo]]
[[bieu-do:ty-le-dang-vien]]
## 1- Ưu điểm
Về cơ bản các chi bộ đã giữ vững và phát huy vai trò hạt nhân chính trị ở cơ sở; lãnh đạo cán bộ, đảng viên và nhân dân thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và sự chỉ đạo của cấp trên.
{% lap uu-diem %}
- {{uu-diem.noi-dung}}
{% het-lap %}
## 2- Hạn chế
{% neu co-han-che %}
Qua số liệu năm {{nam}}, còn những hạn chế sau:
{% lap han-che %}
- {{han-che.noi-dung}}
{% het-lap %}
{% con-lai %}
Số liệu năm {{nam}} không cho thấy hạn chế về số lượng; [nêu hạn chế về chất lượng sinh hoạt chi bộ, đội ngũ cấp ủy viên nếu có].
{% het-neu %}
## 3- Nguyên nhân
*Nguyên nhân của ưu điểm:* [sự lãnh đạo, chỉ đạo của cấp ủy; tinh thần trách nhiệm của đội ngũ cấp ủy viên].
*Nguyên nhân của hạn chế:* [nguyên nhân chủ quan và khách quan].
# III- MỤC TIÊU
## 1- Mục tiêu chung
Xây dựng các chi bộ thực sự trong sạch, vững mạnh về chính trị, tư tưởng, tổ chức và đạo đức; nâng cao chất lượng sinh hoạt chi bộ và chất lượng đảng viên.
## 2- Mục tiêu cụ thể
{% neu co-chi-tieu %}
{{ten-de-an}} có {{tong-so-chi-tieu}} chỉ tiêu đối với từng nhóm chi bộ:
[[bang:chi-tieu]]
{% con-lai %}
[Nêu các chỉ tiêu cụ thể của đề án; tệp dữ liệu chưa có chỉ tiêu.]
{% het-neu %}
# IV- NHIỆM VỤ, GIẢI PHÁP
## 1- Nâng cao chất lượng sinh hoạt chi bộ
Đổi mới nội dung, hình thức sinh hoạt chi bộ; đẩy mạnh công tác phát triển đảng viên, nhất là ở chi bộ nông thôn.
## 2- Xây dựng đội ngũ cấp ủy chi bộ
Lựa chọn những người có đủ năng lực, trình độ, độ tuổi phù hợp đảm nhận chức vụ bí thư chi bộ; tạo điều kiện cho bí thư chi bộ học tập nâng cao trình độ lý luận chính trị.
## 3- Tăng cường kiểm tra, giám sát
Thực hiện thường xuyên việc kiểm tra, giám sát và đánh giá cán bộ, đảng viên theo tháng, quý, năm.
# V- LỘ TRÌNH, KINH PHÍ THỰC HIỆN
## 1- Lộ trình
- Năm đầu: quán triệt, triển khai đề án; các đảng ủy, chi bộ cơ sở xây dựng kế hoạch thực hiện;
- Giữa thời gian đề án: sơ kết, bổ sung giải pháp cho các chỉ tiêu chưa đạt;
- Năm cuối: tổng kết, đánh giá kết quả thực hiện đề án.
## 2- Kinh phí
Kinh phí thực hiện đề án từ ngân sách bảo đảm hoạt động của {{cap-uy}} giao hằng năm và các nguồn hợp pháp khác; [dự kiến kinh phí].
# VI- TỔ CHỨC THỰC HIỆN
**{{co-quan-tham-muu}}** chủ trì, phối hợp với các cơ quan tham mưu của {{cap-uy}} hướng dẫn, theo dõi, đôn đốc việc thực hiện đề án; hằng năm báo cáo Ban Thường vụ {{cap-uy}}.
**Các đảng ủy, chi bộ cơ sở** xây dựng kế hoạch thực hiện đề án phù hợp với tình hình của đơn vị; báo cáo kết quả thực hiện các chỉ tiêu hằng năm.
**Sơ kết, tổng kết:** sơ kết giữa thời gian thực hiện và tổng kết khi kết thúc đề án.
# PHỤ LỤC
Phụ lục số liệu: cơ cấu tổ chức cơ sở đảng và đảng viên năm {{nam}} (Bảng 1), các chỉ tiêu của đề án (Bảng 2).
`;

const BAO_CAO_HOI_NGHI = `@trich-yeu: kết quả thực hiện đề án nâng cao năng lực lãnh đạo, sức chiến đấu của chi bộ trực thuộc đảng bộ cơ sở năm {{nam}}
@noi-nhan: {{ban-to-chuc-cap-tren}} (để báo cáo),
@noi-nhan: Thường trực {{cap-uy}},
@noi-nhan: Các đại biểu dự hội nghị,
@noi-nhan: Lưu Văn phòng {{cap-uy}}.

# I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN
Ban Thường vụ {{cap-uy}} đã quán triệt, triển khai {{ten-de-an}} đến các đảng bộ, chi bộ trực thuộc; {{co-quan-tham-muu}} hướng dẫn, theo dõi, đôn đốc việc thực hiện. [Nêu các văn bản lãnh đạo, chỉ đạo, các hội nghị triển khai.]
# II- KẾT QUẢ THỰC HIỆN
## 1- Tình hình tổ chức cơ sở đảng và đảng viên
Hiện {{ten-dang-bo}} có {{so-to-chuc-co-so}} tổ chức cơ sở đảng, gồm {{so-dang-bo-co-so}} đảng bộ cơ sở và {{so-chi-bo-co-so}} chi bộ cơ sở với {{tong-dang-vien}} đảng viên. Trong đó, {{cau-nhom-chi-bo}}.
[[bang:nhom-chi-bo]]
{% neu co-nam-truoc %}
So với năm {{nam-truoc}}, số đảng viên toàn đảng bộ {{bien-dong-dang-vien}} (năm {{nam-truoc}}: {{tong-dang-vien-nam-truoc}} đảng viên); tổng số chi bộ {{bien-dong-chi-bo}}; trong năm kết nạp {{ket-nap-moi}} đảng viên mới.
[[bang:so-sanh-nam]]
[[bieu-do:so-sanh-nam]]
{% het-neu %}
## 2- Kết quả thực hiện các chỉ tiêu năm {{nam}}
Năm {{nam}}, {{ten-de-an}} {{cau-ket-qua-chi-tieu}}.
[[bang:ket-qua-chi-tieu]]
[[bieu-do:chi-tieu]]
# III- ĐÁNH GIÁ CHUNG
## 1- Ưu điểm
{% lap uu-diem %}
- {{uu-diem.noi-dung}}
{% het-lap %}
- [Ưu điểm trong lãnh đạo, chỉ đạo và trong sinh hoạt chi bộ.]
## 2- Hạn chế, nguyên nhân
{% lap han-che %}
- {{han-che.noi-dung}}
{% het-lap %}
{% lap chi-tieu-chua-dat %}
- Chỉ tiêu "{{chi-tieu-chua-dat.ten}}" ({{chi-tieu-chua-dat.nhom}}) chưa đạt: thực hiện {{chi-tieu-chua-dat.thuc-hien}}, còn thiếu {{chi-tieu-chua-dat.can-them}}; chưa đạt ở: {{chi-tieu-chua-dat.don-vi}}.
{% het-lap %}
*Nguyên nhân:* [nguyên nhân chủ quan, khách quan của các hạn chế trên].
## 3- Bài học kinh nghiệm
[Những bài học rút ra từ việc thực hiện đề án.]
# IV- PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI
Xây dựng các chi bộ đảng thực sự trong sạch, vững mạnh; đa dạng hóa các mô hình hoạt động chi bộ; nâng cao chất lượng sinh hoạt chi bộ và chất lượng đảng viên.
{% neu co-chi-tieu-chua-dat %}
Tập trung các giải pháp cho những chỉ tiêu chưa đạt:
{% lap chi-tieu-chua-dat %}
- Chỉ tiêu "{{chi-tieu-chua-dat.ten}}": [giải pháp, đơn vị chủ trì, thời hạn].
{% het-lap %}
{% het-neu %}
# V- ĐỀ XUẤT, KIẾN NGHỊ
[Đề xuất, kiến nghị với {{cap-uy-cap-tren}} và các cơ quan liên quan.]
`;

const KET_LUAN = `@tieu-de: THÔNG BÁO KẾT LUẬN
@ky-hieu: TB
@trich-yeu: của Ban Thường vụ {{cap-uy}} tại hội nghị về nâng cao năng lực lãnh đạo, sức chiến đấu của chi bộ trực thuộc đảng bộ cơ sở
@noi-nhan: Các đảng bộ, chi bộ trực thuộc,
@noi-nhan: Các cơ quan tham mưu của {{cap-uy}},
@noi-nhan: Lưu Văn phòng {{cap-uy}}.

Ngày {{hoi-nghi-ngay}}, tại {{hoi-nghi-dia-diem}}, Ban Thường vụ {{cap-uy}} tổ chức hội nghị về nâng cao năng lực lãnh đạo, sức chiến đấu của chi bộ trực thuộc đảng bộ cơ sở. Đồng chí {{chu-tri}} chủ trì hội nghị. Dự hội nghị có {{thanh-phan}}.
Sau khi nghe {{co-quan-tham-muu}} báo cáo và ý kiến thảo luận của các đại biểu, đồng chí chủ trì hội nghị kết luận như sau:
# I- ĐÁNH GIÁ CHUNG
{{ten-dang-bo}} có {{so-to-chuc-co-so}} tổ chức cơ sở đảng với {{tong-dang-vien}} đảng viên, sinh hoạt tại {{so-chi-bo}} chi bộ. Năm {{nam}}, {{ty-le-chi-bo-htt-tro-len}} số chi bộ hoàn thành tốt nhiệm vụ trở lên; kết nạp {{ket-nap-moi}} đảng viên mới; các chỉ tiêu của đề án {{cau-ket-qua-chi-tieu}}.
[[bieu-do:chi-tieu]]
{% neu co-han-che %}
Bên cạnh kết quả đạt được, còn những hạn chế:
{% lap han-che %}
- {{han-che.noi-dung}}
{% het-lap %}
{% het-neu %}
# II- NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI
## 1- Xây dựng giải pháp đồng bộ
Các cấp ủy chi bộ, đảng bộ trực thuộc xây dựng giải pháp đồng bộ, cụ thể, có trọng tâm, trọng điểm, khả thi.
{% lap giai-phap %}
- {{giai-phap.noi-dung}}
{% het-lap %}
## 2- Lựa chọn bí thư chi bộ
Lựa chọn những người có đủ năng lực, trình độ, độ tuổi phù hợp đảm nhận chức vụ bí thư chi bộ; đa dạng hóa các mô hình hoạt động chi bộ.
## 3- Kiểm tra, giám sát
Tăng cường kiểm tra, giám sát và đánh giá cán bộ, đảng viên trong toàn Đảng bộ theo tháng, quý, năm.
# III- PHÂN CÔNG THỰC HIỆN
- **{{co-quan-tham-muu}}** chủ trì, phối hợp với các cơ quan liên quan cụ thể hóa các nội dung kết luận; theo dõi, đôn đốc và báo cáo kết quả với Ban Thường vụ {{cap-uy}} [thời hạn].
- **Các đảng bộ, chi bộ trực thuộc** quán triệt, xây dựng kế hoạch thực hiện kết luận ở đơn vị; báo cáo kết quả về {{co-quan-tham-muu}} [thời hạn].
- **Văn phòng {{cap-uy}}** theo dõi việc thực hiện thông báo kết luận này.
Ban Thường vụ {{cap-uy}} thông báo để các đảng bộ, chi bộ trực thuộc biết, thực hiện.
`;

const BAO_CAO_XEP_LOAI = `@trich-yeu: kết quả đánh giá, xếp loại chất lượng tổ chức cơ sở đảng, đảng viên năm {{nam}}
@noi-nhan: {{ban-to-chuc-cap-tren}} (để báo cáo),
@noi-nhan: Thường trực {{cap-uy}},
@noi-nhan: Các đảng bộ, chi bộ trực thuộc,
@noi-nhan: Lưu Văn phòng {{cap-uy}}.

Thực hiện {{quy-dinh-xep-loai}} về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị và hướng dẫn của cấp trên, Ban Thường vụ {{cap-uy}} báo cáo kết quả đánh giá, xếp loại năm {{nam}} như sau:
# I- CÔNG TÁC TỔ CHỨC KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI
Ban Thường vụ {{cap-uy}} ban hành hướng dẫn, chỉ đạo các đảng bộ, chi bộ trực thuộc tổ chức kiểm điểm, đánh giá, xếp loại bảo đảm đúng quy định; {{co-quan-tham-muu}} thẩm định kết quả trước khi Ban Thường vụ quyết định. [Thời gian, cách thức tổ chức.]
# II- KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI
## 1- Đối với chi bộ
Tổng số {{so-chi-bo}} chi bộ; đã xếp loại {{chi-bo-xep-loai}} chi bộ.
{% neu co-chua-xep-loai %}
Số chi bộ chưa xếp loại: {{chi-bo-chua-xep-loai}}; số đảng viên chưa xếp loại: {{dang-vien-chua-xep-loai}}; lý do: [mới thành lập, mới chia tách, sáp nhập chưa đủ thời gian; đảng viên được miễn sinh hoạt, ốm đau, mới kết nạp…].
{% het-neu %}
Kết quả: {{chi-bo-htxs}} chi bộ hoàn thành xuất sắc nhiệm vụ ({{ty-le-chi-bo-htxs}}); {{chi-bo-htt}} chi bộ hoàn thành tốt nhiệm vụ; {{chi-bo-ht}} chi bộ hoàn thành nhiệm vụ; {{chi-bo-khtnv}} chi bộ không hoàn thành nhiệm vụ. Tỷ lệ hoàn thành tốt nhiệm vụ trở lên đạt {{ty-le-chi-bo-htt-tro-len}}, {{so-sanh-xep-loai-chi-bo}}.
[[bang:xep-loai-chi-bo]]
## 2- Đối với đảng viên
Tổng số đảng viên được đánh giá, xếp loại: {{dang-vien-xep-loai}}; hoàn thành xuất sắc nhiệm vụ {{dang-vien-htxs}} ({{ty-le-dang-vien-htxs}}); hoàn thành tốt nhiệm vụ {{dang-vien-htt}}; hoàn thành nhiệm vụ {{dang-vien-ht}}; không hoàn thành nhiệm vụ {{dang-vien-khtnv}}.
[[bang:xep-loai-dang-vien]]
[[bieu-do:xep-loai]]
## 3- Kiểm tra tỷ lệ hoàn thành xuất sắc nhiệm vụ
{{cau-kiem-tra-ty-le}}
{% neu co-vuot-ty-le %}
[[bang:kiem-tra-20]]
{% het-neu %}
## 4- Xử lý đối với tổ chức, đảng viên không hoàn thành nhiệm vụ
{% neu co-chi-bo-khtnv %}
Các chi bộ xếp loại không hoàn thành nhiệm vụ:
{% lap chi-bo-khtnv %}
- {{chi-bo-khtnv.ten}} ({{chi-bo-khtnv.thuoc}});
{% het-lap %}
{% neu co-chi-bo-khtnv-khac %}
- và {{chi-bo-khtnv-khac}} đơn vị khác (danh sách kèm theo).
{% het-neu %}
Ban Thường vụ {{cap-uy}} chỉ đạo củng cố, kiện toàn các chi bộ trên: [biện pháp, thời hạn].
{% con-lai %}
Không có chi bộ xếp loại không hoàn thành nhiệm vụ.
{% het-neu %}
{% neu co-dang-vien-khtnv %}
Đối với {{dang-vien-khtnv}} đảng viên không hoàn thành nhiệm vụ: chi bộ xem xét, [giáo dục, giúp đỡ hoặc đưa ra khỏi Đảng theo quy định].
{% het-neu %}
# III- ĐÁNH GIÁ CHUNG
## 1- Ưu điểm
{% lap uu-diem %}
- {{uu-diem.noi-dung}}
{% het-lap %}
- [Việc kiểm điểm, đánh giá được thực hiện nghiêm túc, đúng quy trình.]
## 2- Hạn chế
{% lap han-che %}
- {{han-che.noi-dung}}
{% het-lap %}
- [Hạn chế trong tổ chức kiểm điểm, đánh giá nếu có.]
# IV- ĐỀ XUẤT, KIẾN NGHỊ
{% lap giai-phap %}
- {{giai-phap.noi-dung}}
{% het-lap %}
- [Kiến nghị với {{cap-uy-cap-tren}}.]
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
