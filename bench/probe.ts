/**
 * Runs in a fresh process, so start-up and memory are measured as a user meets them:
 *   node bench/probe.ts app|baseline cold|work DB YEAR YEARS
 * `cold`: open the database and get the first breakdown; `work`: then everything else a session
 * does on the file. Prints JSON: { ms, maxRssMB }.
 */
const [side, what, path, yearText, yearsText] = process.argv.slice(2);
const year = Number(yearText);
const years = (yearsText ?? '').split(',').map(Number);
const t0 = performance.now();

if (side === 'app') {
  const { createCtx, createSession } = await import('../api/session.ts');
  const { dispatch, isMethod } = await import('../api/dispatch.ts');
  const ctx = createCtx(createSession(path!), { kind: 'cli' });
  await dispatch(ctx, 'stats.breakdown', { year });
  const ms = performance.now() - t0;
  if (what === 'work') {
    await dispatch(ctx, 'stats.compare', { years });
    await dispatch(ctx, 'units.list', { year });
    await dispatch(ctx, 'figures.grid', { year });
    await dispatch(ctx, 'checks.year', { year });
    if (isMethod('targets.evaluate')) await dispatch(ctx, 'targets.evaluate', { year });
    if (isMethod('reports.generate')) {
      await dispatch(ctx, 'reports.generate', { kind: 'de-an', year, preview: true });
      await dispatch(ctx, 'reports.generate', {
        kind: 'bao-cao-hoi-nghi',
        year,
        compareYears: years.filter((y) => y !== year).slice(-4),
        preview: true,
      });
    }
  }
  process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
} else {
  // The baseline is better-sqlite3 alone: no checks on open, no migrations, no daily backup.
  const { default: Database } = await import('better-sqlite3');
  const b = await import('../db/baselines.ts');
  const db = new Database(path!, { readonly: true });
  b.cellGroupsBaseline(db, [year]);
  const ms = performance.now() - t0;
  if (what === 'work') {
    b.cellGroupsBaseline(db, years);
    b.unitsBaseline(db, year);
    b.gridBaseline(db, year);
    b.checksBaseline(db, year);
    b.targetsBaseline(db, year);
  }
  process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}
