import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../scripts/io/app-database';
import { appendRows, createTable, openDatabase, readRows, type Database } from '../../scripts/io/duckdb';
import { makeCorpus, synthesize } from '../../scripts/synth';
import { manifestSchema, type Manifest } from '../../src/domain/manifest';
import { indicatorsTable, jurisdictionsTable, observationsTable, reportsTable, type Row, type TableSpec } from '../../src/domain/tables';
import { prebake } from '../../scripts/prebake-first-view';
import { cellRowSchema, cellsQuery, pickPrebakedCells, type PrebakedShard } from '../../src/sql/cells-query';
import { coverageQuery, coverageRowSchema } from '../../src/sql/coverage-query';
import { localReportsTableSql } from '../../src/sql/local-marks';
import { partitionsRead } from '../../src/sql/partitions';
import { allFilters, type Query } from '../../src/sql/query';
import { nationalDefaultViewState } from '../../src/state/view-state';
import { deriveObservations, derivePartition, manifestFile } from '../../src/sql/setup';
import { derivedObservationsSql } from '../../scripts/io/sql-files';
import { projectRoot } from '../helpers/sources';

// About fifty places (Beijing's and Tianjin's districts, then Hebei's) over three years.
const options = { seed: 1, places: 50, firstYear: 2022, lastYear: 2024 };
let out: string;
let dataDir: string;
let manifest: Manifest;
let built: Awaited<ReturnType<typeof synthesize>>;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'synthetic-'));
  built = await synthesize(projectRoot, out, options);
  dataDir = join(out, 'public/data');
  manifest = manifestSchema.parse(JSON.parse(readFileSync(join(dataDir, manifestFile), 'utf8')));
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const arrowRows = (file: string) => tableFromIPC(readFileSync(join(dataDir, file))).toArray().map((r) => r.toJSON() as Row);

/** A database as the browser builds it: the small tables, an empty observations table, and the partitions a query reads. */
async function onDemandDatabase(): Promise<{ db: Database; run<T>(query: Query, parse: (rows: unknown[]) => T[]): Promise<T[]>; loaded: Set<string> }> {
  const db = await openDatabase();
  const specs: Record<string, TableSpec> = { indicators: indicatorsTable, jurisdictions: jurisdictionsTable, reports: reportsTable };
  for (const t of manifest.tables) await createTable(db, specs[t.table], arrowRows(t.file));
  await createTable(db, observationsTable, []);
  await db.connection.run(localReportsTableSql);
  const categoryOf = new Map((await readRows(db, 'SELECT indicator_id, category FROM indicators')).map((r) => [String(r.indicator_id), String(r.category)]));
  const loaded = new Set<string>();
  return {
    db,
    loaded,
    async run(query, parse) {
      for (const p of partitionsRead(query.reads, manifest.partitions, categoryOf).filter((p) => !loaded.has(p.file))) {
        await appendRows(db, observationsTable, arrowRows(p.file));
        loaded.add(p.file);
      }
      return parse((await db.connection.runAndReadAll(query.sql, query.params as (string | number)[])).getRowObjectsJS());
    },
  };
}

describe('the synthetic national corpus, small', () => {
  it('is the same corpus for the same seed and another for another seed', () => {
    const digest = (seed: number) => {
      const corpus = makeCorpus(projectRoot, { ...options, seed, places: 20 });
      return createHash('sha256').update(JSON.stringify([corpus.reports, [...corpus.texts]])).digest('hex');
    };
    expect(digest(1)).toBe(digest(1));
    expect(digest(2)).not.toBe(digest(1));
  });

  it('has real division codes, gaps in the years, departments and traditional texts, and the pipeline reads back what was written', () => {
    const { corpus } = built;
    expect(corpus.jurisdictions.map((j) => j.division_code)).toContain('110101');
    expect(corpus.reports.length).toBeLessThan(corpus.jurisdictions.length * 3);
    expect(corpus.reports.some((r) => r.body_level === 'department')).toBe(true);
    expect(corpus.reports.some((r) => r.script === 'traditional')).toBe(true);
    expect(built.built.unclaimed).toBe(0);
    expect(built.built.observations).toBeGreaterThanOrEqual(corpus.figuresWritten * 0.99);
  });

  it('lists in its manifest every file the browser fetches, with their rows, bytes and SHA-256, and says it is synthetic', () => {
    expect(manifest.synthetic).toBe(true);
    for (const entry of [...manifest.tables, ...manifest.partitions]) {
      const bytes = readFileSync(join(dataDir, entry.file));
      expect(bytes.length, entry.file).toBe(entry.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), entry.file).toBe(entry.sha256);
      expect(tableFromIPC(bytes).numRows, entry.file).toBe(entry.rows);
    }
    expect(manifest.partitions.reduce((n, p) => n + p.rows, 0)).toBe(built.built.observations);
    expect(existsSync(join(dataDir, 'observations.arrow'))).toBe(false);
  });

  it('gives the same answers loading only the partitions a query reads as loading everything', async () => {
    const whole = await openAppDatabase(dataDir);
    const onDemand = await onDemandDatabase();
    try {
      const cells = (ids: string[], filters = allFilters) => cellsQuery(ids, filters);
      const parse = (rows: unknown[]) => cellRowSchema.array().parse(rows);
      const province = built.corpus.jurisdictions.filter((j) => j.province_zh === '河北省').map((j) => j.jurisdiction_id);
      for (const query of [cells(['mediation_cases']), cells(['reconsideration_received', 'mediation_success_rate'], { ...allFilters, jurisdictions: province, years: [2023] })]) {
        expect(await onDemand.run(query, parse)).toEqual(await whole.query(query, parse));
      }
      // A derivation family's file holds every year: the success rate is in mediation_cases's.
      expect(onDemand.loaded).toEqual(new Set(['parts/observations-mediation_cases.arrow', 'parts/observations-reconsideration_acceptance_rate.arrow']));
      const coverage = coverageQuery('mediation', allFilters);
      const parseCoverage = (rows: unknown[]) => coverageRowSchema.array().parse(rows);
      expect(await onDemand.run(coverage, parseCoverage)).toEqual(await whole.query(coverage, parseCoverage));
    } finally {
      whole.close();
      onDemand.db.close();
    }
  });

  it('derives each partition on its own into the rows a derivation of everything gives', async () => {
    const { db } = await onDemandDatabase();
    const run = async (sql: string) => (await db.connection.runAndReadAll(sql)).getRowObjectsJS();
    try {
      const [first, ...rest] = manifest.partitions;
      await appendRows(db, observationsTable, arrowRows(first.file));
      expect(await deriveObservations(run, derivedObservationsSql)).toBe(0);
      // As the browser stages a partition: its rows answer at once, and are swapped for derived ones after.
      for (const p of rest) {
        await createTable(db, { ...observationsTable, name: 'observations_staged' }, arrowRows(p.file));
        await db.connection.run('INSERT INTO observations SELECT * FROM observations_staged');
        expect(await derivePartition(run, derivedObservationsSql, 'observations_staged'), p.file).toBe(0);
      }
      const ids = async () => (await readRows(db, 'SELECT observation_id FROM observations ORDER BY ALL')).map((r) => r.observation_id);
      expect(await ids()).toEqual(manifest.partitions.flatMap((p) => arrowRows(p.file).map((r) => r.observation_id)).sort());
    } finally {
      db.close();
    }
  });

  it('prebakes the provinces in one shard and each province’s own places in its own, with the engine’s cells', async () => {
    const shards = new Map<string, PrebakedShard>();
    const firstView = await prebake(dataDir, nationalDefaultViewState, { withReports: false, filters: [allFilters] }, (key, shard) => shards.set(key, shard));
    const whole = await openAppDatabase(dataDir);
    try {
      const ids = (keep: (p: (typeof firstView.places)[number]) => boolean) => firstView.places.filter(keep).map((p) => p.jurisdiction_id);
      const provinces = ids((p) => p.admin_level === 'province');
      const hebei = ids((p) => p.admin_level !== 'province' && p.division_code.startsWith('13'));
      expect(provinces.length).toBeGreaterThan(1);
      const parse = (rows: unknown[]) => cellRowSchema.array().parse(rows);
      for (const jurisdictions of [provinces, hebei, [...provinces.slice(0, 1), ...hebei]]) {
        const filters = { ...allFilters, jurisdictions };
        expect(pickPrebakedCells(shards, firstView.places, ['mediation_cases'], filters)).toEqual(await whole.query(cellsQuery(['mediation_cases'], filters), parse));
      }
      const inShard = (key: string) => new Set(shards.get(key)!.rows.map((r) => r.jurisdiction_id));
      expect(inShard('mediation_cases/00').size).toBeGreaterThan(1);
      expect([...inShard('mediation_cases/00')].every((p) => provinces.includes(p))).toBe(true);
      expect([...inShard('mediation_cases/13')].every((p) => hebei.includes(p))).toBe(true);
      expect(firstView.cellFilters).toEqual(['all/all']);
    } finally {
      whole.close();
    }
  });
});
