import { useEffect, useMemo, useRef, useState } from 'react';
import { exportFileName } from '../../charts/export-file-name';
import { publishedTables } from '../../domain/tables';
import { toCsv } from '../../lib/csv';
import { download } from '../../lib/download';
import type { Lang } from '../../lib/format';
import { consoleExample, consoleExamples } from '../../sql/console-examples';
import { maxSqlLength } from '../../state/view-state';
import type { ViewProps } from '../view-props';
import { m } from './messages';
import { csvRowsOf, ResultTable, shownRowLimit } from './ResultTable';
import { labelledValuesOf, ResultChart } from './ResultChart';
import { SchemaPanel } from './SchemaPanel';
import { SqlEditor, type SqlEditorHandle } from './SqlEditor';
import { useSqlConsole, type ConsoleRun } from './use-sql-console';
import './sql-console.css';

const schema = Object.fromEntries(publishedTables.map((t) => [t.name, t.columns.map(([name]) => name)]));
// Typing is not a step to go back to: the address follows the text once the typing pauses.
const urlDelayMs = 400;

/** A read-only SQL console on the loaded tables: the text lives in the URL, and a link with a query runs it. */
export function SqlConsoleView({ state, update }: ViewProps) {
  const lang = state.lang;
  const [draft, setDraft] = useState(state.sql || consoleExample);
  const written = useRef(state.sql);
  const editor = useRef<SqlEditorHandle>(null);
  const { run, start, cancel } = useSqlConsole();

  // The address changed under the view (back or forward): its text replaces the editor's.
  useEffect(() => {
    if (state.sql !== written.current) {
      written.current = state.sql;
      setDraft(state.sql || consoleExample);
    }
  }, [state.sql]);

  useEffect(() => {
    if (draft === (written.current || consoleExample) || draft.length > maxSqlLength) return;
    const timer = setTimeout(() => {
      written.current = draft;
      update({ sql: draft }, { replace: true });
    }, urlDelayMs);
    return () => clearTimeout(timer);
  }, [draft, update]);

  // A link with a query runs it: it is read-only and guarded, and a refused one says why.
  const linked = useRef(state.sql);
  useEffect(() => {
    if (linked.current) void start(linked.current);
  }, [start]);

  return (
    <section className="sql-console" data-testid="sql-console">
      <div className="sql-main">
        <h2>{m(lang, 'heading')}</h2>
        <p className="hint">{m(lang, 'intro')}</p>
        <SqlEditor ref={editor} text={draft} schema={schema} label={m(lang, 'editorLabel')} onChange={setDraft} onRun={(text) => void start(text)} />
        <div className="sql-actions">
          <button type="button" data-testid="sql-run" onClick={() => void start(draft)}>
            {m(lang, 'run')}
          </button>
          <button type="button" data-testid="sql-cancel" disabled={run.status !== 'running'} onClick={() => void cancel()}>
            {m(lang, 'cancel')}
          </button>
          <Examples lang={lang} onPick={setDraft} />
        </div>
        <RunOutcome run={run} lang={lang} />
      </div>
      <SchemaPanel lang={lang} onInsert={(name) => editor.current?.insert(name)} />
    </section>
  );
}

function Examples({ lang, onPick }: { lang: Lang; onPick(text: string): void }) {
  return (
    <label className="sql-examples">
      {m(lang, 'examples')}{' '}
      <select data-testid="sql-examples" value="" onChange={(event) => event.target.value && onPick(consoleExamples[event.target.value as keyof typeof consoleExamples])}>
        <option value="">…</option>
        {Object.keys(consoleExamples).map((key) => (
          <option key={key} value={key}>
            {m(lang, `example_${key as keyof typeof consoleExamples}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

const msText = (ms: number) => String(Math.round(ms));

function RunOutcome({ run, lang }: { run: ConsoleRun; lang: Lang }) {
  const values = useMemo(() => (run.status === 'done' ? labelledValuesOf(run.result) : null), [run]);
  const status = (text: string, className = '') => (
    <p role="status" className={`sql-status ${className}`} data-testid="sql-status" data-status={run.status}>
      {text}
    </p>
  );
  switch (run.status) {
    case 'idle':
      return null;
    case 'running':
      return status(m(lang, 'running'));
    case 'refused':
      return status(`${m(lang, 'refused')}${run.message[lang]}`, 'sql-refused');
    case 'failed':
      return status(`${m(lang, 'failed')}${run.message}`, 'sql-failed');
    case 'cancelled':
      return status(m(lang, 'cancelled', { ms: msText(run.ms) }));
  }
  const { result } = run;
  const notes = [
    m(lang, 'rows', { n: result.rows.length, ms: msText(result.ms) }),
    result.more ? m(lang, 'moreRows', { n: result.rows.length }) : '',
    result.rows.length > shownRowLimit ? m(lang, 'shownRows', { shown: shownRowLimit, n: result.rows.length }) : '',
  ];
  const csv = () => toCsv(result.columns.map((c) => c.name), csvRowsOf(result));
  return (
    <div className="sql-outcome" data-run-id={run.runId}>
      {status(notes.filter(Boolean).join(' · '))}
      {result.rows.length === 0 && <p>{m(lang, 'noRows')}</p>}
      <div className="chart-actions">
        <button type="button" data-testid="sql-export-csv" onClick={() => download(new Blob([csv()], { type: 'text/csv' }), exportFileName('sql_query', [], 'csv'))}>
          {m(lang, 'exportCsv')}
        </button>
      </div>
      {values && <ResultChart values={values} lang={lang} />}
      <ResultTable result={result} />
    </div>
  );
}
