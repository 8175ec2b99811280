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

/** Paragraph styles the writer uses instead of formatting each paragraph: a user restyles them once in Word. */
export const STYLE = {
  body: 'BodyText',
  list: 'ListDash',
  tableTitle: 'TableTitle',
  tableUnit: 'TableUnit',
  tableText: 'TableText',
  tableHead: 'TableHead',
  tableNote: 'TableNote',
  recipientsHead: 'RecipientsHead',
  recipients: 'Recipients',
  signature: 'Signature',
} as const;

function paragraphStyles(p: FormatProfile): NonNullable<IStylesOptions['paragraphStyles']> {
  const indent = mmToTwips(p.firstLineIndentMm);
  const tight = { line: 240, lineRule: LineRuleType.AUTO };
  const small = hp(p.bodySize - 2);
  const style = (id: string, name: string, paragraph: object, run: object = {}) => ({
    id,
    name,
    basedOn: 'Normal',
    next: id,
    quickFormat: true,
    paragraph,
    run,
  });
  return [
    style(STYLE.body, 'Body Text', {
      alignment: 'both',
      indent: { firstLine: indent },
      spacing: { before: 60, after: 60, line: lineSpacing(p), lineRule: LineRuleType.AUTO },
    }),
    style(STYLE.list, 'List Dash', {
      alignment: 'both',
      indent: { firstLine: indent },
      spacing: { before: 40, after: 40, line: lineSpacing(p), lineRule: LineRuleType.AUTO },
    }),
    style(
      STYLE.tableTitle,
      'Table Title',
      { alignment: 'center', keepNext: true, keepLines: true, spacing: { before: 120, after: 0, ...tight } },
      { bold: true },
    ),
    style(
      STYLE.tableUnit,
      'Table Unit',
      { alignment: 'right', keepNext: true, spacing: { after: 40, ...tight } },
      { italics: true, size: small },
    ),
    style(STYLE.tableText, 'Table Text', { spacing: { ...tight } }, { size: small }),
    style(STYLE.tableHead, 'Table Heading', { alignment: 'center', spacing: { ...tight } }, { size: small, bold: true }),
    style(
      STYLE.tableNote,
      'Table Note',
      { alignment: 'both', spacing: { before: 40, after: 120, ...tight } },
      { size: small, italics: true },
    ),
    style(
      STYLE.recipientsHead,
      'Recipients Heading',
      { keepNext: true, spacing: { ...tight } },
      { size: hp(14), bold: true, underline: {} },
    ),
    style(STYLE.recipients, 'Recipients', { keepNext: true, spacing: { ...tight } }, { size: hp(12) }),
    style(STYLE.signature, 'Signature', { alignment: 'center', keepNext: true, spacing: { ...tight } }, { size: hp(14), bold: true }),
  ];
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
      title: {
        run: { font: fontSlots(p.font), size: hp(16), bold: true, color: '000000', language: VI },
        paragraph: { alignment: 'center' as const },
      },
    },
    paragraphStyles: paragraphStyles(p),
  };
}
