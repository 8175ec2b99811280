/** The end of a Party document: "Nơi nhận:" at the bottom left, the signature block on the right. */
import { AlignmentType, Paragraph, type Table, LineRuleType } from 'docx';
import { upper } from '../text.ts';
import { centred, run } from './runs.ts';
import { layoutTable } from './header-block.ts';

export interface Signer { authority: string; title: string; name: string }

export function closing(recipients: string[], signer: Signer, textWidth: number): (Paragraph | Table)[] {
  const left = [
    new Paragraph({ spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: [run('Nơi nhận:', { size: 14, bold: true, underline: true })] }),
    ...recipients.map((r) => new Paragraph({ spacing: { line: 240, lineRule: LineRuleType.AUTO }, alignment: AlignmentType.LEFT, children: [run(`- ${r.replace(/^-\s*/, '')}`, { size: 12 })] })),
  ];
  const right = [
    ...(signer.authority.trim() ? [centred(upper(signer.authority), { size: 14, bold: true })] : []),
    centred(upper(signer.title), { size: 14, bold: true }),
    ...[1, 2, 3, 4].map(() => centred('', { size: 14 })),
    centred(signer.name, { size: 14, bold: true }),
  ];
  return [new Paragraph({ spacing: { before: 240 }, children: [] }), layoutTable(textWidth, [45, 55], [left, right])];
}
