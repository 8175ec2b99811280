/**
 * The result types of the domain are the contract's schemas, derived from them (z.infer). The type checks
 * fail the typecheck (npm run typecheck); the parses fail the run when a result carries a top-level
 * field the contract does not know (a strict copy of each schema; nested objects are checked by type).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { BreakdownResult, BreakdownRow, Identity } from '../../stats/breakdown.ts';
import { breakdown } from '../../stats/breakdown.ts';
import { compare, type CompareResult } from '../../stats/compare.ts';
import { coverageSummary, yearCoverage, type CoverageSummary, type YearCoverage } from '../../stats/coverage.ts';
import { checkYear, type Warning } from '../../stats/consistency.ts';
import { breakdownRowSchema, breakdownSchema, type identitySchema } from '../../stats/breakdown.schema.ts';
import { compareSchema } from '../../stats/compare.schema.ts';
import { coverageSchema, coverageSummarySchema } from '../../stats/coverage.schema.ts';
import { findingSchema } from '../../figures/finding.schema.ts';
import { planYearSchema, targetsTableSchema } from '../../targets/results.schema.ts';
import { evaluatePlan, type PlanYearResult } from '../../targets/evaluate.ts';
import { targetsTable, type TargetsTable } from '../../targets/table.ts';
import { setFigure } from '../../db/figures.ts';
import { findUnitIdByCode } from '../../db/units.ts';
import { openDemo } from '../helpers/db.ts';

describe('result types', () => {
  it('are the schemas’ types', () => {
    expectTypeOf<BreakdownResult>().toEqualTypeOf<z.infer<typeof breakdownSchema>>();
    expectTypeOf<BreakdownRow>().toEqualTypeOf<z.infer<typeof breakdownRowSchema>>();
    expectTypeOf<Identity>().toEqualTypeOf<z.infer<typeof identitySchema>>();
    expectTypeOf<CompareResult>().toEqualTypeOf<z.infer<typeof compareSchema>>();
    expectTypeOf<YearCoverage>().toEqualTypeOf<z.infer<typeof coverageSchema>>();
    expectTypeOf<CoverageSummary>().toEqualTypeOf<z.infer<typeof coverageSummarySchema>>();
    expectTypeOf<Warning>().toEqualTypeOf<z.infer<typeof findingSchema>>();
    expectTypeOf<PlanYearResult>().toEqualTypeOf<z.infer<typeof planYearSchema>>();
    expectTypeOf<TargetsTable>().toEqualTypeOf<z.infer<typeof targetsTableSchema>>();
  });

  it('carry nothing their schema does not name', () => {
    const db = openDemo();
    // One finding, so the checks' list is not empty.
    setFigure(db, 2019, findUnitIdByCode(db, 'QO.X01')!, 'dang_vien', 1);
    const strict = <T extends z.ZodObject>(s: T) => s.strict();
    expect(() => strict(breakdownSchema.extend({ rows: breakdownRowSchema.strict().array() })).parse(breakdown(db, 2019))).not.toThrow();
    expect(() => strict(compareSchema).parse(compare(db, [2018, 2019]))).not.toThrow();
    expect(() => strict(coverageSchema).parse(yearCoverage(db, 2019))).not.toThrow();
    expect(() => strict(coverageSummarySchema).parse(coverageSummary(db, 2019))).not.toThrow();
    const found = checkYear(db, 2019);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(() => strict(findingSchema).parse(f)).not.toThrow();
    expect(() => strict(planYearSchema).parse(evaluatePlan(db, 2019))).not.toThrow();
    expect(() => strict(targetsTableSchema).parse(targetsTable(db, [2018, 2019]))).not.toThrow();
    db.close();
  });
});
