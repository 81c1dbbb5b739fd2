import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardConsoleSql, refusalMessage, refusedKeywords, type Refusal } from '../../src/sql/console-guard';
import { consoleExamples } from '../../src/sql/console-examples';

const refusal = (sql: string): Refusal => {
  const guarded = guardConsoleSql(sql);
  if (guarded.ok) throw new Error(`accepted: ${sql}`);
  return guarded.refusal;
};

describe('console guard', () => {
  it.each([
    'SELECT 1',
    'select * from observations limit 5',
    'WITH t AS (SELECT 1 AS x) SELECT x FROM t',
    'DESCRIBE observations',
    'summarize reports',
    "-- DELETE everything\nSELECT 'DELETE FROM reports; DROP TABLE x' AS s",
    "/* COPY reports TO 'x.csv' */ SELECT count(*) FROM mentions",
    "SELECT * FROM reports WHERE source_file = 'harbin-2022.txt'",
    'SELECT "update" FROM (SELECT 1 AS "update")',
    'SELECT 1;',
    'SELECT 1 ; ;  -- done',
    "SELECT $$it's DELETE$$ AS s",
    ...Object.values(consoleExamples),
  ])('accepts %j', (sql) => {
    expect(guardConsoleSql(sql).ok).toBe(true);
  });

  it('runs the statement without its trailing semicolon', () => {
    expect(guardConsoleSql('SELECT 1; -- bye')).toEqual({ ok: true, sql: 'SELECT 1' });
  });

  // kind, the word the message must name (if any), then the query (<NUL> stands for a NUL character).
  const refusals = String.raw`
keyword        COPY                  | COPY reports TO 'out.csv'
keyword        ATTACH                | ATTACH 'x.db' AS x
keyword        INSTALL               | INSTALL httpfs
keyword        LOAD                  | LOAD httpfs
keyword        CREATE                | CREATE TABLE t AS SELECT 1
keyword        DELETE                | DELETE FROM reports
keyword        DELETE                | WITH t AS (SELECT 1) DELETE FROM reports
keyword        PRAGMA                | PRAGMA database_list
keyword        SET                   | SET enable_external_access = true
multiple                             | SELECT 1; SET threads = 1
multiple                             | SELECT 1; SELECT 2
function       read_csv              | SELECT * FROM read_csv('https://example.org/x.csv')
function       read_csv_auto         | SELECT * FROM read_csv_auto('x.csv')
function       read_parquet          | SELECT * FROM "read_parquet"('x.parquet')
function       read_json             | SELECT * FROM main.read_json('x')
function       getenv                | SELECT getenv('HOME')
function       glob                  | SELECT * FROM glob('*')
function       query                 | SELECT * FROM query('SELECT 1')
function       iceberg_scan          | SELECT * FROM iceberg_scan('x')
file_table     x.parquet             | SELECT * FROM 'x.parquet'
file_table     x.parquet             | SELECT * FROM "x.parquet"
file_table     data/x.csv            | SELECT * FROM reports, 'data/x.csv'
file_table     x.csv                 | SUMMARIZE 'x.csv'
url            https://example.org   | SELECT 'https://example.org'
url            s3://bucket/key       | SELECT 's3://bucket/key'
url            file:/etc/passwd      | SELECT 'file:/etc/passwd'
statement      explain               | EXPLAIN SELECT 1
statement      from                  | FROM reports
statement      values                | VALUES (1)
empty                                | 
empty                                |   ;  
unterminated                         | SELECT 'open
unterminated                         | SELECT 1 /* open
control                              | SELECT 1<NUL>
unicode_escape                       | SELECT U&'\0041'
`;
  const refusalCases = refusals.trim().split('\n').map((line) => {
    const [head, sql] = [line.slice(0, line.indexOf('| ')), line.slice(line.indexOf('| ') + 2)];
    const [kind, word] = head.trim().split(/\s+/);
    return [sql.replace('<NUL>', '\u0000'), kind, word] as const;
  });

  it.each(refusalCases)('refuses %j (%s %s)', (sql, kind, word) => {
    const got = refusal(sql);
    expect(got.kind).toBe(kind);
    if (word !== undefined) expect(got).toMatchObject({ word });
  });

  it('names what it refused, in both languages', () => {
    const message = refusalMessage(refusal("COPY reports TO 'x.csv'"));
    expect(message.zh).toContain('COPY');
    expect(message.en).toContain('COPY');
    expect(refusalMessage(refusal("SELECT * FROM read_csv('http://x')")).en).toContain('read_csv');
  });

  it('keeps block comments nested as DuckDB does', () => {
    expect(refusal('/* a /* b */ still a comment */ DROP TABLE reports').kind).toBe('keyword');
    expect(guardConsoleSql('/* a /* b */ DROP */ SELECT 1').ok).toBe(true);
  });

  // Any spelling of a refused keyword that DuckDB would read as that keyword is refused.
  const mixedCase = (word: string) => fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((ups) => [...word].map((c, i) => (ups[i] ? c.toUpperCase() : c)).join(''));
  const gap = fc.constantFrom(' ', '\n', '\t', '/* x */', '/**/', '-- c\n', ' /* a /* b */ c */ ', '\r\n');
  const prefix = fc.constantFrom('', 'SELECT 1 FROM (', 'WITH t AS (SELECT 1) ', 'SELECT 1;', "SELECT 'a' || ", 'DESCRIBE ');

  it('refuses every refused keyword however it is cased, commented or spaced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...refusedKeywords), prefix, gap, gap, (keyword, before, g1, g2) =>
        fc.assert(fc.property(mixedCase(keyword), (spelt) => !guardConsoleSql(`${before}${g1}${spelt}${g2}reports`).ok), { numRuns: 5 }),
      ),
      { numRuns: 300 },
    );
  });

  it('never lets a second statement through, whatever hides around the semicolon', () => {
    fc.assert(
      fc.property(gap, gap, fc.constantFrom('SELECT 2', 'DESCRIBE reports', 'COPY x TO y', 'x'), (g1, g2, second) => !guardConsoleSql(`SELECT 1${g1};${g2}${second}`).ok),
    );
  });

  it('accepts any text inside a string or comment of an allowed query', () => {
    const inert = fc.string({ unit: fc.constantFrom('a', 'D', 'E', 'L', 'T', ' ', ';', '-', '*', '/', 'C', 'O', 'P', 'Y', '\n') });
    fc.assert(fc.property(inert, (text) => guardConsoleSql(`SELECT '${text.replaceAll("'", "''")}' AS s`).ok));
  });
});
