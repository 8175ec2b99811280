/** .docx drafts written with the docx library, with numbers split across runs the way Word leaves them. */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const run = (text: string, o: { bold?: boolean; italics?: boolean; color?: string } = {}) =>
  new TextRun({ text, font: 'Times New Roman', size: 28, ...o });

/** The seed paragraph, with "85,54%" split over three runs (plain "85,", bold "5", italic "4%") and "6.65%" over two. */
export async function seedDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run('BÁO CÁO', { bold: true })] }),
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            children: [
              run('Hiện Đảng bộ huyện Quốc Oai có 44 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở và 18 chi bộ cơ sở với 7.101 đảng viên.'),
            ],
          }),
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            children: [
              run('Trong đó, 221chi bộ trực thuộc đảng bộ xã, thị trấn với 6.067 đảng viên chiếm 85,'),
              run('5', { bold: true }),
              run('4%', { italics: true }),
              run('; 45 chi bộ trực thuộc đảng bộ khối cơ quan, với 474 đảng viên, chiếm 6.'),
              run('65%', { color: 'C00000' }),
              run(
                '; 12 chi bộ trực thuộc đảng bộ Khối Doanh nghiệp huyện với 114 đảng viên chiếm 1,6%; 18 chi bộ cơ sở với 446 đảng viên chiếm 6,21%.',
              ),
            ],
          }),
          new Table({
            columnWidths: [4000, 2000],
            rows: [
              new TableRow({
                children: [
                  new TableCell({
                    width: { size: 4000, type: WidthType.DXA },
                    children: [new Paragraph({ children: [run('Kết nạp 112/1.590 đảng viên, chiếm 7,40%')] })],
                  }),
                  new TableCell({ width: { size: 2000, type: WidthType.DXA }, children: [new Paragraph({ children: [run('Năm 2019')] })] }),
                ],
              }),
            ],
          }),
          // Decomposed Vietnamese (as some keyboards type it) must still be read.
          new Paragraph({
            children: [
              run(
                'Đảng bộ có 40 chi bộ, trong đó 11 chi bộ đạt hoàn thành xuất sắc nhiệm vụ, chie\u0302\u0301m tre\u0302n 30%.'.normalize(
                  'NFD',
                ),
              ),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Corrections that change the length of a number, across runs, next to XML entities. */
export async function splitNumbersDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [run('Toàn huyện có 71'), run('01 đảng viên', { bold: true }), run(' (A&B <2019>).')] }),
          new Paragraph({
            children: [
              run('Đảng bộ có 40 chi bộ, trong đó 13 chi bộ đạt hoàn thành xuất sắc nhiệm vụ, chiếm 3'),
              run('5%', { bold: true }),
              run('.'),
            ],
          }),
          new Paragraph({
            children: [
              run('Đảng bộ có 3 chi bộ, trong đó 1 chi bộ ở thị trấn, chiếm 33,'),
              run('3%', { italics: true }),
              run(' & 2 chi bộ còn lại.'),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const cell = (text: string, width: number, bold = false) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ children: [run(text, { bold })] })] });

/** A breakdown table as reports print it: a header, four groups, a total row; two shares wrong, one written with a dot. */
export async function tableDocx(): Promise<Buffer> {
  const widths = [4200, 1400, 1600, 1400];
  const row = (cells: string[], bold = false) => new TableRow({ children: cells.map((c, k) => cell(c, widths[k]!, bold)) });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [run('Bảng 1. Chi bộ và đảng viên năm 2019')] }),
          new Table({
            columnWidths: widths,
            rows: [
              row(['Nhóm chi bộ', 'Số chi bộ', 'Số đảng viên', 'Tỷ lệ'], true),
              row(['Chi bộ trực thuộc đảng bộ xã, thị trấn', '221', '6.067', '85,54%']),
              row(['Chi bộ trực thuộc đảng bộ khối cơ quan', '45', '474', '6.65%']),
              row(['Chi bộ trực thuộc đảng bộ khối doanh nghiệp', '12', '114', '1,61%']),
              row(['Chi bộ cơ sở', '18', '446', '6,28%']),
              row(['Tổng cộng', '296', '7.101', '100%'], true),
            ],
          }),
          new Paragraph({ children: [run('Số liệu do Ban Tổ chức Huyện ủy tổng hợp.')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * The figures of a real article (tests/fixtures/real/012: Tân Yên, 2015, 41 tổ chức cơ sở đảng) as a
 * report table: counts and shares per rating level, with the share printed there (36,7%, which is
 * 15/41 = 36,59%) and a total row that does not add up (41 printed, 24 + 15 + 2 = 41; 545 chi bộ
 * printed 546).
 */
export async function realTableDocx(): Promise<Buffer> {
  const widths = [4200, 1600, 1400, 1600, 1400];
  const row = (cells: string[], bold = false) => new TableRow({ children: cells.map((c, k) => cell(c, widths[k]!, bold)) });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [run('Bảng 2. Kết quả đánh giá chất lượng năm 2015')] }),
          new Table({
            columnWidths: widths,
            rows: [
              row(['Mức xếp loại', 'Số TCCSĐ', 'Tỷ lệ', 'Số chi bộ', 'Tỷ lệ'], true),
              row(['Trong sạch vững mạnh', '24', '58,5%', '304', '55,8%']),
              row(['Hoàn thành tốt nhiệm vụ', '15', '36,7%', '228', '41,8%']),
              row(['Hoàn thành nhiệm vụ', '2', '4,9%', '11', '2,0%']),
              row(['Tổng cộng', '41', '100%', '546', '100%'], true),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
