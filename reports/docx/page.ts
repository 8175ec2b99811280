/** Page geometry of the Party format: A4 portrait, margins from the settings profile, in twips. */
import type { FormatProfile } from '../../settings/schema.ts';

export const A4 = { width: 11906, height: 16838 } as const;

/** 1 mm = 1440/25,4 twips, rounded: the same figure Word shows for a margin typed in mm. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export interface PageBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
  textWidth: number;
}

export function pageBox(p: FormatProfile): PageBox {
  const left = mmToTwips(p.marginLeftMm);
  const right = mmToTwips(p.marginRightMm);
  return { top: mmToTwips(p.marginTopMm), bottom: mmToTwips(p.marginBottomMm), left, right, textWidth: A4.width - left - right };
}

/** Splits a width in twips by relative weights; the parts add up to the width exactly. */
export function splitWidth(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((total * w) / sum));
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}
