/** Text runs and paragraphs with the text cleaned: whatever a user typed cannot break the file. */
import { AlignmentType, Paragraph, TextRun, type IParagraphOptions, LineRuleType } from 'docx';
import { cleanText } from '../text.ts';
import { hp } from './styles.ts';

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  color?: string;
}

export function run(text: string, s: RunStyle = {}): TextRun {
  return new TextRun({
    text: cleanText(text),
    ...(s.size !== undefined ? { size: hp(s.size) } : {}),
    ...(s.bold ? { bold: true } : {}),
    ...(s.italics ? { italics: true } : {}),
    ...(s.underline ? { underline: {} } : {}),
    ...(s.color ? { color: s.color } : {}),
  });
}

export function centred(text: string, s: RunStyle = {}, extra: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 240, lineRule: LineRuleType.AUTO },
    ...extra,
    children: [run(text, s)],
  });
}
