/** The columns of a member list and the headers they go by in the lists offices receive. */
import { foldHeader } from '../io/headers.ts';

export const MEMBER_FIELDS = {
  fullName: 'Họ và tên',
  birthDate: 'Ngày sinh',
  gender: 'Giới tính',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  joinedOn: 'Ngày vào Đảng',
  officialOn: 'Ngày chính thức',
  unitCode: 'Mã chi bộ',
  unitName: 'Chi bộ',
  baseOrg: 'Đảng bộ cơ sở',
  education: 'Trình độ học vấn',
  professional: 'Trình độ chuyên môn',
  theory: 'Lý luận chính trị',
  cardNo: 'Số thẻ đảng viên',
  ignore: '(bỏ qua)',
} as const;
export type MemberField = keyof typeof MEMBER_FIELDS;

export const REQUIRED_FIELDS: MemberField[] = ['fullName', 'birthDate', 'joinedOn'];

const SYNONYMS: Record<MemberField, string[]> = {
  fullName: ['ho va ten', 'ho ten', 'hoten', 'ten dang vien', 'ho va ten dang vien', 'ho ten dang vien', 'ho va ten khai sinh'],
  birthDate: ['ngay sinh', 'ngay thang nam sinh', 'sinh ngay', 'nam sinh', 'ngay sinh dd mm yyyy'],
  gender: ['gioi tinh', 'gioi', 'nam nu', 'phai'],
  ethnicity: ['dan toc'],
  religion: ['ton giao', 'dao', 'theo dao'],
  joinedOn: [
    'ngay vao dang',
    'ngay ket nap',
    'ngay ket nap dang',
    'ngay ket nap vao dang',
    'vao dang',
    'ngay vao dang lan dau',
    'ngay vao dcsvn',
  ],
  officialOn: ['ngay chinh thuc', 'ngay vao dang chinh thuc', 'chinh thuc', 'ngay cong nhan chinh thuc', 'ngay chuyen chinh thuc'],
  unitCode: ['ma chi bo', 'ma don vi', 'ma to chuc dang'],
  unitName: ['chi bo', 'ten chi bo', 'don vi', 'chi bo sinh hoat', 'sinh hoat tai chi bo', 'noi sinh hoat', 'to chuc dang'],
  baseOrg: ['dang bo co so', 'dang bo', 'to chuc co so dang', 'tccsd', 'dang bo xa', 'thuoc dang bo', 'dang bo truc thuoc'],
  education: ['trinh do hoc van', 'hoc van', 'giao duc pho thong', 'trinh do giao duc pho thong', 'van hoa', 'trinh do van hoa', 'gdpt'],
  professional: ['trinh do chuyen mon', 'chuyen mon', 'chuyen mon nghiep vu', 'trinh do chuyen mon nghiep vu', 'cmnv'],
  theory: ['ly luan chinh tri', 'trinh do ly luan chinh tri', 'llct', 'trinh do llct', 'chinh tri'],
  cardNo: ['so the', 'so the dang vien', 'so the dang', 'the dang'],
  ignore: ['stt', 'tt', 'so tt', 'so thu tu', 'ghi chu', 'que quan', 'noi o', 'noi o hien nay', 'chuc vu', 'nghe nghiep', 'dia chi'],
};

const LOOKUP = new Map<string, MemberField>();
for (const [field, list] of Object.entries(SYNONYMS) as [MemberField, string[]][]) {
  for (const s of list) {
    LOOKUP.set(s, field);
    LOOKUP.set(s.replace(/ /g, ''), field);
  }
  LOOKUP.set(foldHeader(MEMBER_FIELDS[field]), field);
}

/** The field a header names, or undefined. `extra` holds the user's own mapping (header → field). */
export function recognizeMemberHeader(folded: string, extra?: Map<string, MemberField>): MemberField | undefined {
  return extra?.get(folded) ?? LOOKUP.get(folded) ?? LOOKUP.get(folded.replace(/ /g, ''));
}

/** "Cột X=ngày vào đảng": the field is named by its label or any synonym. */
export function fieldByName(name: string): MemberField | undefined {
  const f = foldHeader(name);
  if (f === 'bo qua') return 'ignore';
  if ((Object.keys(MEMBER_FIELDS) as string[]).includes(name)) return name as MemberField;
  return recognizeMemberHeader(f);
}
