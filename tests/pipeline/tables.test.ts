import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data';
import type { Database } from '../../scripts/io/duckdb';
import { extraTables } from '../../src/domain/manifest';
import { publishedTables } from '../../src/domain/tables';
import { appTables } from '../../src/sql/setup';
import { openPublishedTables, readRows } from '../helpers/duckdb';
import { projectRoot } from '../helpers/sources';
import { makeTempProject, readTree } from '../helpers/temp-project';

const dataDir = join(projectRoot, 'public/data');
let db: Database;
beforeAll(async () => {
  db = await openPublishedTables();
});
afterAll(() => db.close());

describe('published tables', () => {
  it('quote every reported value exactly where its offsets point, in the stored report', async () => {
    const rows = await readRows(db, `SELECT observation_id, report_id, quote, quote_start, quote_end, value_text FROM observations WHERE method = 'reported'`);
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const text = readFileSync(join(projectRoot, 'data/reports', `${row.report_id}.txt`), 'utf8');
      const served = readFileSync(join(dataDir, 'reports', `${row.report_id}.txt`), 'utf8');
      expect(served).toBe(text);
      expect(text.slice(Number(row.quote_start), Number(row.quote_end)), String(row.observation_id)).toBe(row.quote);
    }
  });

  it('name inputs that exist, in the same report and scope, for every derived value', async () => {
    const rows = await readRows(
      db,
      `SELECT d.observation_id, count(i.observation_id) AS inputs
       FROM observations d
       LEFT JOIN observations i
         ON list_contains(string_split(d.derived_from, ';'), i.observation_id)
        AND i.report_id = d.report_id AND i.scope = d.scope AND i.method = 'reported'
       WHERE d.method = 'derived' GROUP BY ALL`,
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(Number(row.inputs), String(row.observation_id)).toBe(2);
  });

  it.each(publishedTables.map((t) => [t.name, t] as const))('%s: Parquet, CSV and Arrow hold the same rows', async (name, spec) => {
    const types = spec.columns.map(([column, type]) => `'${column}': '${type}'`).join(', ');
    const [counts] = await readRows(
      db,
      `WITH csv AS (SELECT * FROM read_csv('${join(dataDir, `${name}.csv`)}', header = true, columns = {${types}}))
       SELECT (SELECT count(*) FROM csv) AS csv_rows, (SELECT count(*) FROM "${name}") AS parquet_rows,
              (SELECT count(*) FROM (SELECT * FROM csv EXCEPT ALL SELECT * FROM "${name}")) AS only_csv,
              (SELECT count(*) FROM (SELECT * FROM "${name}" EXCEPT ALL SELECT * FROM csv)) AS only_parquet`,
    );
    expect(Number(counts.csv_rows)).toBe(Number(counts.parquet_rows));
    expect(Number(counts.only_csv)).toBe(0);
    expect(Number(counts.only_parquet)).toBe(0);
    const browserTables: readonly string[] = [...appTables, ...extraTables];
    if (!browserTables.includes(name)) return expect(existsSync(join(dataDir, `${name}.arrow`))).toBe(false);
    const arrow = tableFromIPC(readFileSync(join(dataDir, `${name}.arrow`)));
    expect(arrow.numRows).toBe(Number(counts.parquet_rows));
    expect(arrow.schema.fields.map((f) => f.name)).toEqual(spec.columns.map(([column]) => column));
  });
});

describe('npm run extract', () => {
  it('rebuilds the committed tables byte for byte, twice', async () => {
    const first = makeTempProject();
    const second = makeTempProject();
    try {
      await buildData(first.root);
      await buildData(second.root);
      const committed = readTree(dataDir);
      const rebuilt = readTree(join(first.root, 'public/data'));
      expect([...rebuilt.keys()].sort()).toEqual([...committed.keys()].sort());
      for (const [path, bytes] of rebuilt) {
        expect(bytes.equals(readTree(join(second.root, 'public/data')).get(path)!), `${path} differs between runs`).toBe(true);
        expect(bytes.equals(committed.get(path)!), `${path} is stale: run npm run extract`).toBe(true);
      }
    } finally {
      first.cleanup();
      second.cleanup();
    }
  });
});
