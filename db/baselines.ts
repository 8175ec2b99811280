/**
 * Hand-written single SQL queries the benchmark (bench/) measures the app against: each computes
 * the same aggregate as an API method, in one statement, with nothing around it. Not used by the
 * app; kept in db/ because db/ is the only place with SQL.
 */
import type { DB } from './open.ts';

const BASE = "('baseCommittee','baseCell')";
const BASE_SECTOR = `CASE WHEN p.kind IN ${BASE} THEN p.sector WHEN g.kind IN ${BASE} THEN g.sector END`;
/** The seed's four groups of cells (stats/definitions.ts 'nhom-chi-bo'), written out. */
const GROUP = `CASE
  WHEN y.kind = 'cell' AND ${BASE_SECTOR} IN ('xa-thi-tran','phuong') THEN 0
  WHEN y.kind = 'cell' AND ${BASE_SECTOR} IN ('co-quan','su-nghiep','luc-luong-vu-trang') THEN 1
  WHEN y.kind = 'cell' AND ${BASE_SECTOR} = 'doanh-nghiep' THEN 2
  WHEN y.kind = 'baseCell' THEN 3 ELSE -1 END`;

export interface GroupCount {
  year: number;
  grp: number;
  units: number;
  members: number;
}

/** Cells and members by the seed's groups for the given years: stats.breakdown / stats.compare in one query. */
export function cellGroupsBaseline(db: DB, years: number[]): GroupCount[] {
  return db
    .prepare(
      `
    SELECT y.year, ${GROUP} AS grp, count(*) AS units, coalesce(sum(f.value), 0) AS members
    FROM unit_year y
    LEFT JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
    LEFT JOIN unit_year g ON g.year = y.year AND g.unit_id = p.parent_id
    LEFT JOIN figure f ON f.year = y.year AND f.indicator = 'dang_vien' AND f.unit_id = y.unit_id
    WHERE y.year IN (SELECT value FROM json_each(?)) AND y.kind IN ('cell','baseCell')
    GROUP BY y.year, grp ORDER BY y.year, grp`,
    )
    .all(JSON.stringify(years)) as GroupCount[];
}

/**
 * The numbers behind the seed plan's targets for a year, per scope: cells, cells rated "tốt" or
 * better, cells that admitted members, committee members rated "tốt" or better, trained, with
 * THPT, with trung cấp professional and theory, secretaries managing their enterprise.
 */
export function targetsBaseline(db: DB, year: number): Record<string, unknown>[] {
  const scope = `CASE
    WHEN y.kind = 'cell' AND y.unit_type IN ('thon','to-dan-pho') THEN 'thon-tdp'
    WHEN y.kind = 'cell' AND ${BASE_SECTOR} IN ('co-quan','su-nghiep','luc-luong-vu-trang') THEN 'co-quan'
    WHEN y.kind IN ('cell','baseCell') AND y.unit_type = 'doanh-nghiep-ngoai-nha-nuoc' THEN 'dn-ngoai-nha-nuoc' END`;
  const scoped = `FROM unit_year y
    LEFT JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
    LEFT JOIN unit_year g ON g.year = y.year AND g.unit_id = p.parent_id`;
  return db
    .prepare(
      `
    SELECT scope, sum(cells) AS cells, sum(cellsGood) AS cellsGood, sum(cellsBest) AS cellsBest, sum(admitted) AS admitted,
      sum(people) AS people, sum(peopleGood) AS peopleGood, sum(trained) AS trained, sum(thpt) AS thpt,
      sum(profTc) AS profTc, sum(profDh) AS profDh, sum(theoryTc) AS theoryTc, sum(managing) AS managing
    FROM (
      SELECT ${scope} AS scope, 1 AS cells, r.level IN ('htxs','htt','tsvm') AS cellsGood, r.level IN ('htxs','tsvm') AS cellsBest,
        coalesce(f.value, 0) >= 1 AS admitted, 0 AS people, 0 AS peopleGood, 0 AS trained, 0 AS thpt, 0 AS profTc, 0 AS profDh, 0 AS theoryTc, 0 AS managing
      ${scoped}
      LEFT JOIN unit_rating r ON r.year = y.year AND r.unit_id = y.unit_id
      LEFT JOIN figure f ON f.year = y.year AND f.indicator = 'ket_nap_moi' AND f.unit_id = y.unit_id
      WHERE y.year = @year
      UNION ALL
      SELECT ${scope}, 0, 0, 0, 0, 1, m.rating_level IN ('htxs','htt'), m.trained, m.education = 'thpt',
        m.professional IN ('trung_cap','cao_dang','dai_hoc','tren_dai_hoc'), m.professional IN ('dai_hoc','tren_dai_hoc'),
        m.theory IN ('trung_cap','cao_cap','cu_nhan'), m.role = 'secretary' AND m.manages_enterprise = 1
      FROM committee_member m JOIN unit_year y ON y.year = m.year AND y.unit_id = m.unit_id
      LEFT JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
      LEFT JOIN unit_year g ON g.year = y.year AND g.unit_id = p.parent_id
      WHERE m.year = @year
    ) WHERE scope IS NOT NULL GROUP BY scope ORDER BY scope`,
    )
    .all({ year }) as Record<string, unknown>[];
}

/** The year's quality rating: cells by the seed's groups and level, members by group and level (a report's rating tables). */
export function ratingsBaseline(db: DB, year: number): unknown[] {
  return db
    .prepare(
      `
    SELECT 'u', ${GROUP} AS grp, r.level, count(*)
    FROM unit_year y
    LEFT JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
    LEFT JOIN unit_year g ON g.year = y.year AND g.unit_id = p.parent_id
    LEFT JOIN unit_rating r ON r.year = y.year AND r.unit_id = y.unit_id
    WHERE y.year = @year AND y.kind IN ('cell','baseCell') GROUP BY grp, r.level
    UNION ALL
    SELECT 'm', ${GROUP} AS grp, m.level, sum(m.count)
    FROM member_rating m JOIN unit_year y ON y.year = m.year AND y.unit_id = m.unit_id
    LEFT JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
    LEFT JOIN unit_year g ON g.year = y.year AND g.unit_id = p.parent_id
    WHERE m.year = @year GROUP BY grp, m.level`,
    )
    .raw()
    .all({ year });
}

/**
 * A member list written the least way that does the import's work: cells found by a map from
 * (cell name, base organization name), each touched cell's old list deleted, every row inserted
 * as given, each cell's member count written as its figure, all in one transaction.
 */
export function memberListBaseline(
  db: DB,
  year: number,
): {
  row(cells: unknown[], sourceRow: number): number | undefined;
  commit(figures: Map<number, Map<string, number>>): number;
} {
  // The durability the app writes with (db/open.ts).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const cells = new Map<string, number>();
  const q = db
    .prepare(
      `
    SELECT y.unit_id, y.name, CASE WHEN p.kind = 'baseCommittee' THEN p.name WHEN g.kind = 'baseCommittee' THEN g.name ELSE '' END
    FROM unit_year y
    LEFT JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
    LEFT JOIN unit_year g ON g.year = y.year AND g.unit_id = p.parent_id
    WHERE y.year = ? AND y.kind IN ('cell','baseCell')`,
    )
    .raw();
  for (const [id, name, base] of q.all(year) as [number, string, string][])
    if (!cells.has(`${name}|${base}`)) cells.set(`${name}|${base}`, id);
  const del = db.prepare('DELETE FROM member_person WHERE year = ? AND unit_id = ?');
  const ins =
    db.prepare(`INSERT INTO member_person (year, unit_id, full_name, birth_date, gender, ethnicity, religion, joined_on, official_on,
    education, professional, theory, card_no, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // One statement per indicator over a JSON list: the fastest way we know (row by row costs a third more).
  const fig = db.prepare(`INSERT INTO figure (year, unit_id, indicator, value) SELECT ?, j.value ->> 0, ?, j.value ->> 1 FROM json_each(?) j
    WHERE true ON CONFLICT (year, indicator, unit_id) DO UPDATE SET value = excluded.value`);
  const counts = new Map<number, number>();
  const text = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));
  db.exec('BEGIN');
  return {
    // Columns as members/sample.ts writes them: STT, thẻ, họ tên, ngày sinh, giới tính, dân tộc, tôn giáo, vào Đảng, chính thức, chi bộ, đảng bộ cơ sở, học vấn, chuyên môn, LLCT.
    row(c, sourceRow) {
      const id = cells.get(`${c[9]}|${c[10] ?? ''}`);
      if (id === undefined) return undefined;
      if (!counts.has(id)) {
        del.run(year, id);
        counts.set(id, 0);
      }
      counts.set(id, counts.get(id)! + 1);
      ins.run(
        year,
        id,
        text(c[2]),
        text(c[3]),
        c[4] === 'Nữ' ? 'nu' : 'nam',
        text(c[5]),
        text(c[6]),
        text(c[7]),
        text(c[8]),
        text(c[11]),
        text(c[12]),
        text(c[13]),
        text(c[1]),
        sourceRow,
      );
      return id;
    },
    // Every figure the list gives its cells, written whether or not it changed (the app skips unchanged ones).
    commit(figures) {
      const byIndicator = new Map<string, [number, number][]>();
      for (const [id, byCode] of figures)
        for (const [code, n] of byCode) (byIndicator.get(code) ?? byIndicator.set(code, []).get(code)!).push([id, n]);
      for (const [code, cells] of byIndicator) fig.run(year, code, JSON.stringify(cells));
      db.exec('COMMIT');
      return counts.size;
    },
  };
}

/** The years a file holds: what the app needs to draw its first screen (menus, year pickers). */
export function yearsBaseline(db: DB): number[] {
  return db.prepare('SELECT DISTINCT year FROM unit_year ORDER BY year').pluck().all() as number[];
}

/** What the Tổ chức screen lists: units of the year with their members figure. */
export function unitsBaseline(db: DB, year: number): unknown[] {
  return db
    .prepare(
      `
    SELECT y.unit_id, u.code, y.name, y.kind, y.parent_id, y.sector, y.unit_type, f.value
    FROM unit_year y JOIN unit u ON u.id = y.unit_id
    LEFT JOIN figure f ON f.year = y.year AND f.indicator = 'dang_vien' AND f.unit_id = y.unit_id
    WHERE y.year = ? ORDER BY y.sort, y.unit_id`,
    )
    .raw()
    .all(year);
}

/** What the Số liệu grid shows: every unit of the year, then every figure entered that year. */
export function gridBaseline(db: DB, year: number): unknown[] {
  return db
    .prepare(
      `
    SELECT y.unit_id, u.code, y.name, y.kind, y.parent_id, NULL, NULL
    FROM unit_year y JOIN unit u ON u.id = y.unit_id WHERE y.year = @year
    UNION ALL
    SELECT f.unit_id, NULL, NULL, NULL, NULL, f.indicator, f.value FROM figure f WHERE f.year = @year`,
    )
    .raw()
    .all({ year });
}

/** The headline of a year: units by kind and the totals of three indicators over the leaves. */
export function headlineBaseline(db: DB, year: number): unknown[] {
  return db
    .prepare(
      `
    SELECT y.kind, count(*), sum(CASE WHEN f.indicator = 'dang_vien' THEN f.value END), sum(CASE WHEN f.indicator = 'du_bi' THEN f.value END),
      sum(CASE WHEN f.indicator = 'ket_nap_moi' THEN f.value END)
    FROM unit_year y LEFT JOIN figure f ON f.year = y.year AND f.unit_id = y.unit_id AND f.indicator IN ('dang_vien','du_bi','ket_nap_moi')
      AND NOT EXISTS (SELECT 1 FROM unit_year c WHERE c.year = y.year AND c.parent_id = y.unit_id)
    WHERE y.year = ? GROUP BY y.kind`,
    )
    .raw()
    .all(year);
}

/** The consistency check of a year: each parent's entered figure against the sum of its children's. */
export function checksBaseline(db: DB, year: number): unknown[] {
  return db
    .prepare(
      `
    SELECT f.unit_id, f.indicator, f.value, sum(cf.value) AS children
    FROM figure f JOIN unit_year c ON c.year = f.year AND c.parent_id = f.unit_id
    LEFT JOIN figure cf ON cf.year = f.year AND cf.indicator = f.indicator AND cf.unit_id = c.unit_id
    WHERE f.year = ? GROUP BY f.unit_id, f.indicator HAVING f.value <> coalesce(children, 0)`,
    )
    .raw()
    .all(year);
}

export function sqliteVersion(db: DB): string {
  return (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
}

/**
 * What a window of the figures grid reads, by one hand-written query: the year's units with their parents
 * and order (what any tree order needs), the entered figures of the window's rows and of the leaves below its
 * parents (`unitIds`, found beforehand), and the year's total over its leaves for the committee at the root (the
 * year's total less its parents' figures).
 * (A recursive CTE for the tree order took 35–65 s here: the planner will not use unit_year_parent in its step.)
 */
export function gridWindowBaseline(db: DB, year: number, unitIds: readonly number[]): unknown[] {
  return db
    .prepare(
      `
    SELECT unit_id, parent_id, sort, NULL, NULL FROM unit_year WHERE year = @year
    UNION ALL
    SELECT y.unit_id, u.code, y.name, y.kind, NULL FROM json_each(@ids) j CROSS JOIN unit_year y CROSS JOIN unit u
      WHERE y.year = @year AND y.unit_id = j.value AND u.id = y.unit_id
    UNION ALL
    SELECT f.unit_id, NULL, NULL, f.indicator, f.value FROM json_each(@ids) j CROSS JOIN indicator i CROSS JOIN figure f
      WHERE f.year = @year AND f.indicator = i.code AND f.unit_id = j.value
    UNION ALL
    SELECT NULL, NULL, NULL, indicator, sum(value) FROM figure WHERE year = @year GROUP BY indicator
    UNION ALL
    SELECT NULL, NULL, NULL, f.indicator, -sum(f.value)
    FROM (SELECT DISTINCT parent_id AS id FROM unit_year WHERE year = @year AND parent_id IS NOT NULL) p
      CROSS JOIN indicator i CROSS JOIN figure f
    WHERE f.year = @year AND f.indicator = i.code AND f.unit_id = p.id
    GROUP BY f.indicator`,
    )
    .raw()
    .all({ year, ids: JSON.stringify(unitIds) });
}

/**
 * The benchmark's edit of the current year: one cell's member figure of `year` moved by one, as a
 * user typing a figure does. Returns the undo, so a run leaves the file as it found it.
 */
export function editOneFigure(db: DB, year: number): { edit(): void; undo(): void } {
  const cell = db
    .prepare("SELECT unit_id AS unitId, value FROM figure WHERE year = ? AND indicator = 'dang_vien' ORDER BY unit_id DESC LIMIT 1")
    .get(year) as { unitId: number; value: number } | undefined;
  if (!cell) throw new Error(`Năm ${year} không có số đảng viên nào để sửa thử.`);
  const set = db.prepare("UPDATE figure SET value = ? WHERE year = ? AND indicator = 'dang_vien' AND unit_id = ?");
  let next = cell.value;
  return {
    edit() {
      next = next === cell.value ? cell.value + 1 : cell.value;
      set.run(next, year, cell.unitId);
    },
    undo() {
      set.run(cell.value, year, cell.unitId);
    },
  };
}
