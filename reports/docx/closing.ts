/** The end of a Party document: "Nơi nhận:" at the bottom left, the signature block on the right. */
import { AlignmentType, Paragraph, type Table } from 'docx';
import { upper } from '../text.ts';
import { run } from './runs.ts';
import { STYLE } from './styles.ts';
import { layoutTable } from './header-block.ts';

export interface Signer {
  authority: string;
  title: string;
  name: string;
}

export function closing(recipients: string[], signer: Signer, textWidth: number): (Paragraph | Table)[] {
  const left = [
    new Paragraph({ style: STYLE.recipientsHead, children: [run('Nơi nhận:')] }),
    ...recipients.map(
      (r) => new Paragraph({ style: STYLE.recipients, alignment: AlignmentType.LEFT, children: [run(`- ${r.replace(/^-\s*/, '')}`)] }),
    ),
  ];
  const sign = (text: string) => new Paragraph({ style: STYLE.signature, children: [run(text)] });
  const right = [
    ...(signer.authority.trim() ? [sign(upper(signer.authority))] : []),
    sign(upper(signer.title)),
    ...[1, 2, 3, 4].map(() => new Paragraph({ style: STYLE.signature, children: [] })),
    sign(signer.name),
  ];
  // The spacer keeps with the block and the block's row cannot split: it moves to a new page whole, with the paragraph before it.
  return [new Paragraph({ keepNext: true, spacing: { before: 240 }, children: [] }), layoutTable(textWidth, [45, 55], [left, right])];
}
