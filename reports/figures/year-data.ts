/**
 * A year's tree, figures and ratings, read once per document: the structure and the rating
 * sources both need the year (at province scale each read is 25.000 units), the ratings the year
 * before too.
 */
import type { DB } from '../../db/open.ts';
import { loadYear, type YearData } from '../../stats/breakdown.ts';
import type { FigureRequest } from '../model.ts';

const read = new WeakMap<FigureRequest, Map<number, YearData>>();

export function yearData(db: DB, req: FigureRequest, year: number): YearData {
  let years = read.get(req);
  if (!years) read.set(req, (years = new Map()));
  let data = years.get(year);
  if (!data) years.set(year, (data = loadYear(db, year)));
  return data;
}
