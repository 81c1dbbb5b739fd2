import { useEffect, useMemo, useState } from 'react';
import { makeBundle, parseBundle } from '../../domain/bundle';
import type { Jurisdiction, Report } from '../../domain/catalog';
import { jurisdictionSchema } from '../../domain/catalog';
import type { LocalReportRecord } from '../../domain/local-report';
import { localReportIdOf } from '../../domain/local-report-id';
import type { ReviewMention } from './extraction-protocol';
import { readDraft, writeDraft } from '../../db/local-store';
import { download } from '../../lib/download';
import { checkText, decodeUpload } from '../../intake/decode-upload';
import { jurisdictionOf, type Division } from '../../intake/divisions';
import { guessMetadata, scriptOf } from '../../intake/guess-metadata';
import type { Lang } from '../../lib/format';
import { startEngine } from '../../app/engine';
import { readsNoObservations } from '../../sql/query';
import type { ViewState } from '../../state/view-state';
import type { Catalog } from '../catalog/catalog';
import { Choice } from './Choice';
import { DivisionPicker, useDivisions } from './DivisionPicker';
import { FigureReview } from './FigureReview';
import { LocalReportList } from './LocalReportList';
import { MarkedText } from './MarkedText';
import { m } from './messages';
import { curationOf, emptyReview, quoteFor, reviewOfCuration, type Review } from './review';
import { draftSchema, type Draft, type Meta } from './draft';
import { latestOf, useExtraction } from './use-extraction';
import { useLocalReports } from './use-local-reports';

interface Props {
  lang: Lang;
  catalog: Catalog;
  update(patch: Partial<ViewState>): void;
}

function indicatorNames(catalog: Catalog, lang: Lang): (id: string) => string {
  const names = new Map(catalog.indicators.map((i) => [i.indicator_id, lang === 'zh' ? i.name_zh : i.name_en]));
  return (id) => names.get(id) ?? id;
}

const emptyMeta: Meta = { divisionCode: null, year: null, body: '', bodyEn: '', bodyLevel: 'government' };

/** Paste or drop a report, say whose and which year, review what was read, and keep it in this browser. */
export function AddReportView({ lang, catalog, update }: Props) {
  const indicatorName = useMemo(() => indicatorNames(catalog, lang), [catalog, lang]);
  const divisions = useDivisions();
  const [known, setKnown] = useState<Jurisdiction[]>([]);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [meta, setMeta] = useState<Meta>(emptyMeta);
  const [review, setReview] = useState<Review>(emptyReview);
  const [submitted, setSubmitted] = useState(false);
  const local = useLocalReports();
  const [kept, setKept] = useState<LocalReportRecord | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [report, setReport] = useState<{ report: Report; jurisdiction: Jurisdiction } | null>(null);

  useEffect(() => {
    void readDraft().then((stored) => {
      const draft = draftSchema.safeParse(stored);
      if (!draft.success) return;
      setText(draft.data.text);
      setMeta(draft.data.meta);
      setReview(draft.data.review);
      setSubmitted(draft.data.submitted);
      setNotice(m(lang, 'restored'));
    });
    void startEngine().then(async ({ runner }) => setKnown(await runner.query({ sql: 'SELECT * FROM jurisdictions', params: [], reads: readsNoObservations }, (rows) => jurisdictionSchema.array().parse(rows))));
  }, [lang]);

  useEffect(() => {
    if (text === '' || kept) return;
    const draft: Draft = { version: 1, text, meta, review, submitted };
    void writeDraft(draft);
  }, [text, meta, review, submitted, kept]);

  const division = divisions?.find((d) => d.code === meta.divisionCode) ?? null;
  const script = useMemo(() => scriptOf(text), [text]);

  useEffect(() => {
    if (!division || meta.year === null || meta.body === '') return setReport(null);
    const jurisdiction = jurisdictionOf(division, known);
    void localReportIdOf(jurisdiction.jurisdiction_id, meta.year, meta.body, meta.bodyLevel).then((report_id) => {
      const next = {
        jurisdiction,
        report: {
          report_id, jurisdiction_id: jurisdiction.jurisdiction_id, year: meta.year!, title_zh: text.trim().split('\n')[0].trim() || meta.body,
          reporting_body_zh: meta.body, reporting_body_en: meta.bodyEn || meta.body, body_level: meta.bodyLevel, published_date: null,
          script, source_file: `${report_id}.txt`,
        },
      };
      // The same report again (the jurisdiction list arriving, say) is not a new one to read again.
      setReport((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    });
  }, [division, meta, known, text, script]);

  const [guessPending, setGuessPending] = useState(false);
  const take = (value: string) => {
    const checked = checkText({ text: value });
    setProblem('problem' in checked ? checked.problem.detail : null);
    setText(value);
    if ('problem' in checked) return;
    setReview(emptyReview);
    setSubmitted(false);
    // An edit of the text keeps what the analyst already chose; a first paste is read for a guess.
    if (meta.divisionCode === null && meta.year === null && meta.body === '') setGuessPending(true);
  };

  // The title is read once the division list is there, which may be after the text is.
  useEffect(() => {
    if (!guessPending || !divisions) return;
    const guess = guessMetadata(text, divisions);
    setMeta({ divisionCode: guess.divisionCode, year: guess.year, body: guess.reportingBody ?? '', bodyEn: '', bodyLevel: guess.bodyLevel });
    setGuessPending(false);
  }, [guessPending, divisions, text]);

  const onFile = async (file: File) => {
    const decoded = decodeUpload(new Uint8Array(await file.arrayBuffer()));
    if ('problem' in decoded) return setProblem(decoded.problem.detail);
    take(decoded.text);
  };

  const reviewed = useMemo(() => (submitted && report ? { ...report, text, curation: [] } : null), [submitted, report, text]);
  const curation = useMemo(() => (reviewed ? curationOf(reviewed.report.report_id, review) : []), [reviewed, review]);
  const curatedLocal = useMemo(() => (reviewed ? { ...reviewed, curation } : null), [reviewed, curation]);
  const base = useExtraction(reviewed);
  // Until a decision is made the curated reading is the base one, and is not asked for twice.
  const curated = useExtraction(curation.length > 0 ? curatedLocal : null);
  const found = base.status === 'done' ? base.extraction.observations : [];
  const reading = curation.length > 0 ? curated : base;
  // The review stays drawn while a decision is read again; only keeping waits for the new reading.
  const shown = latestOf(reading) ?? latestOf(base);
  const readingDone = reading.status === 'done';

  const missing = !division ? 'needJurisdiction' : meta.year === null ? 'needYear' : meta.body === '' ? 'needBody' : null;

  const keep = async () => {
    if (!readingDone || !shown || !curatedLocal) return;
    const record: LocalReportRecord = { ...curatedLocal, observations: shown.observations, kept_at: new Date().toISOString() };
    const refused = await local.keep(record);
    if (refused) return setProblem(refused);
    setKept(record);
  };

  const remove = async (reportId: string) => {
    if (confirm(m(lang, 'confirmDelete'))) await local.remove(reportId);
  };

  const exportBundle = async (record: LocalReportRecord) => {
    const bundle = await makeBundle(record, new Date());
    download(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/json' }), `${record.report.report_id}.bundle.json`);
  };

  const importBundle = async (file: File) => {
    const parsed = await parseBundle(await file.text());
    if ('problem' in parsed) return setProblem(parsed.problem);
    const { bundle } = parsed;
    setText(bundle.text);
    setMeta({ divisionCode: bundle.jurisdiction.division_code, year: bundle.report.year, body: bundle.report.reporting_body_zh, bodyEn: bundle.report.reporting_body_en, bodyLevel: bundle.report.body_level });
    setReview(reviewOfCuration(bundle.curation));
    setSubmitted(true);
  };

  const addFigure = (mention: ReviewMention, indicatorId: string) => {
    const { quote, quoteStart } = quoteFor(text, mention.mention_start, mention.mention_end);
    setReview((r) => ({
      ...r,
      added: [...r.added, { mentionStart: mention.mention_start, mention: mention.mention, value: mention.value, quote, quoteStart, indicatorId, qualifier: mention.qualifier, scope: 'not_stated', reason: m(lang, 'defaultAddReason') }],
    }));
  };

  const [picked, setPicked] = useState<ReviewMention | null>(null);
  const [pickedIndicator, setPickedIndicator] = useState(catalog.indicators[0]?.indicator_id ?? '');

  return (
    <div className="add-report" data-testid="add-view">
      <h2>{m(lang, 'heading')}</h2>
      <p>{m(lang, 'intro')}</p>
      <button type="button" onClick={() => update({ view: 'compare' })}>
        {m(lang, 'back')}
      </button>
      {notice && <p role="status">{notice}</p>}
      {problem && (
        <p role="alert" className="error-box" data-testid="add-problem">
          {problem}
        </p>
      )}
      {kept ? (
        <section data-testid="kept">
          <p role="status">{m(lang, 'kept')}</p>
          <button type="button" data-testid="show-in-compare" onClick={() => update({ view: 'compare', indicator: kept.observations[0]?.indicator_id ?? 'mediation_success_rate', jurisdictions: [], years: [] })}>
            {m(lang, 'showInCompare')}
          </button>
          <button type="button" data-testid="export-bundle" onClick={() => exportBundle(kept)}>
            {m(lang, 'exportBundle')}
          </button>
          <button type="button" onClick={() => { setKept(null); setText(''); setMeta(emptyMeta); setReview(emptyReview); setSubmitted(false); }}>
            {m(lang, 'newReport')}
          </button>
        </section>
      ) : (
        <>
          <label className="paste">
            {m(lang, 'pasteLabel')}
            <textarea data-testid="paste-text" rows={8} value={text} onChange={(e) => take(e.target.value)} />
          </label>
          <label>
            {m(lang, 'fileLabel')} <input type="file" accept=".txt,text/plain" data-testid="report-file" onChange={(e) => e.target.files?.[0] && void onFile(e.target.files[0])} />
          </label>
          <label>
            {m(lang, 'importBundle')} <input type="file" accept=".json,application/json" data-testid="bundle-file" onChange={(e) => e.target.files?.[0] && void importBundle(e.target.files[0])} />
          </label>
          {text.trim() !== '' && (
            <fieldset className="report-meta">
              <DivisionPicker lang={lang} divisions={divisions} value={division} known={known} onChange={(d: Division) => setMeta((x) => ({ ...x, divisionCode: d.code }))} />
              <label>
                {m(lang, 'year')}
                <input type="number" data-testid="report-year" min={1990} max={2100} value={meta.year ?? ''} onChange={(e) => setMeta((x) => ({ ...x, year: e.target.value === '' ? null : Number(e.target.value) }))} />
              </label>
              <label>
                {m(lang, 'body')}
                <input data-testid="report-body" value={meta.body} onChange={(e) => setMeta((x) => ({ ...x, body: e.target.value }))} />
              </label>
              <label>
                {m(lang, 'bodyEn')}
                <input value={meta.bodyEn} onChange={(e) => setMeta((x) => ({ ...x, bodyEn: e.target.value }))} />
              </label>
              <label>
                {m(lang, 'bodyLevel')}
                <select data-testid="report-level" value={meta.bodyLevel} onChange={(e) => setMeta((x) => ({ ...x, bodyLevel: e.target.value as Meta['bodyLevel'] }))}>
                  <option value="government">{m(lang, 'government')}</option>
                  <option value="department">{m(lang, 'department')}</option>
                </select>
              </label>
              <button type="button" data-testid="read-figures" disabled={missing !== null || !report || problem !== null} onClick={() => setSubmitted(true)}>
                {m(lang, 'read')}
              </button>
              {missing && <span className="hint">{m(lang, missing)}</span>}
            </fieldset>
          )}
          {(base.status === 'running' || curated.status === 'running') && (
            <p role="status" data-testid="extraction-progress">
              <progress /> {m(lang, 'reading')} {m(lang, `stage_${base.status === 'running' ? base.stage : curated.status === 'running' ? curated.stage : 'reading'}`)}
            </p>
          )}
          {(base.status === 'failed' || curated.status === 'failed') && (
            <p role="alert" className="error-box">
              {base.status === 'failed' ? base.problem : curated.status === 'failed' ? curated.problem : ''}
            </p>
          )}
          {base.status === 'done' && found.length === 0 && <p role="status">{m(lang, 'noFigures')}</p>}
          {found.length > 0 && shown && (
            <div className="review">
              <h3>
                {m(lang, 'figures')} ({shown.observations.length})
              </h3>
              <button type="button" data-testid="keep-report" disabled={!readingDone} onClick={() => void keep()}>
                {m(lang, 'keep')}
              </button>
              <FigureReview
                lang={lang}
                found={found}
                review={review}
                indicators={catalog.indicators}
                indicatorName={indicatorName}
                onDecide={(id, decision) =>
                  setReview((r) => {
                    const decisions = { ...r.decisions };
                    if (decision) decisions[id] = decision;
                    else delete decisions[id];
                    return { ...r, decisions };
                  })
                }
              />
              {picked && (
                <p className="add-figure">
                  {picked.mention}{' '}
                  <Choice label={m(lang, 'indicator')} value={pickedIndicator} options={catalog.indicators.map((i) => i.indicator_id)} text={indicatorName} onChange={setPickedIndicator} />
                  <button type="button" onClick={() => { addFigure(picked, pickedIndicator); setPicked(null); }}>
                    {m(lang, 'addFigure')}
                  </button>
                </p>
              )}
              <MarkedText lang={lang} text={text} mentions={shown.mentions} onPick={setPicked} />
            </div>
          )}
        </>
      )}
      <LocalReportList lang={lang} records={local.records} onExport={exportBundle} onDelete={remove} />
    </div>
  );
}
