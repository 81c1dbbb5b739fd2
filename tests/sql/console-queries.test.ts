import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnDocs } from '../../src/domain/column-docs';
import { publishedTables } from '../../src/domain/tables';
import { guardConsoleSql } from '../../src/sql/console-guard';
import { consoleExamples } from '../../src/sql/console-examples';
import { openPublishedTables, readRows } from '../helpers/duckdb';

let db: Awaited<ReturnType<typeof openPublishedTables>>;
beforeAll(async () => {
  db = await openPublishedTables();
});
afterAll(() => db.close());

const accepted = (sql: string) => {
  const guarded = guardConsoleSql(sql);
  if (!guarded.ok) throw new Error(`refused ${sql}: ${guarded.refusal.kind}`);
  return guarded.sql;
};

describe('the SQL console on the published Parquet tables', () => {
  it.each(Object.entries(consoleExamples))('runs the example %s as the guard passes it', async (_name, sql) => {
    const rows = await readRows(db, accepted(sql));
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each([
    "-- DELETE\nSELECT count(*) AS n FROM mentions WHERE context <> 'DROP TABLE x';",
    'select report_id from reports order by 1 ; ;',
    'DESCRIBE observations',
    'WITH t AS (SELECT * FROM indicators) SELECT count(*) AS n FROM t /* COPY */',
  ])('runs the accepted query %j', async (sql) => {
    expect((await readRows(db, accepted(sql))).length).toBeGreaterThan(0);
  });

  it('counts the mentions of every report by disposition, as the console example answers', async () => {
    const rows = await readRows(db, accepted(consoleExamples.mentionsByDisposition));
    expect(rows.map((r) => r.disposition).sort()).toEqual(['claimed', 'not_indicator']);
  });

  it('documents every column the published tables hold', async () => {
    for (const { name } of publishedTables) {
      const described = await readRows(db, accepted(`DESCRIBE ${name}`));
      expect(described.map((r) => r.column_name).sort(), name).toEqual(Object.keys(columnDocs[name]).sort());
    }
  });
});
