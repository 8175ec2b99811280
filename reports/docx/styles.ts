/**
 * Styles from the format profile: Times New Roman in every font slot (Vietnamese text falls in
 * ascii/hAnsi, but Word uses eastAsia/cs for some characters), Vietnamese language, and the
 * built-in headings overridden (Word's are blue Calibri) but kept as real Heading 1/2/3 so the
 * navigation pane lists them.
 */
import { LineRuleType, type IStylesOptions } from 'docx';
import type { FormatProfile } from '../../settings/schema.ts';
import { mmToTwips } from './page.ts';

export const fontSlots = (font: string) => ({ ascii: font, hAnsi: font, eastAsia: font, cs: font });
export const VI = { value: 'vi-VN', eastAsia: 'vi-VN', bidirectional: 'vi-VN' };

/** Half-points, as Word stores font sizes. */
export const hp = (pt: number) => Math.round(pt * 2);

export function lineSpacing(p: FormatProfile): number {
  return Math.round(240 * p.lineSpacing);
}

export function documentStyles(p: FormatProfile): IStylesOptions {
  const heading = (bold: boolean, italics: boolean, outline: number) => ({
    run: { font: fontSlots(p.font), size: hp(p.bodySize), bold, italics, color: '000000', language: VI },
    paragraph: {
      spacing: { before: 120, after: 60, line: lineSpacing(p), lineRule: LineRuleType.AUTO },
      indent: { firstLine: mmToTwips(p.firstLineIndentMm) },
      keepNext: true,
      keepLines: true,
      outlineLevel: outline,
      alignment: 'both' as const,
    },
  });
  return {
    default: {
      document: {
        run: { font: fontSlots(p.font), size: hp(p.bodySize), language: VI },
        paragraph: { spacing: { after: 0, line: lineSpacing(p), lineRule: LineRuleType.AUTO } },
      },
      heading1: heading(true, false, 0),
      heading2: heading(true, false, 1),
      heading3: heading(true, true, 2),
      // Not used by the templates, but a user finishing the text in Word may pick them: not blue either.
      heading4: heading(false, true, 3),
      heading5: heading(false, true, 4),
      heading6: heading(false, true, 5),
      title: { run: { font: fontSlots(p.font), size: hp(16), bold: true, color: '000000', language: VI }, paragraph: { alignment: 'center' as const } },
    },
  };
}
