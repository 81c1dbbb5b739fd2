import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../app/database';
import type { QueryRunner } from '../../sql/query';
import { indicatorOfObservation, marksOf, readerMarksQuery } from '../../sql/reader-query';
import { buildCorpus, type SearchCorpus } from '../../search/corpus';
import { fetchReportTexts } from '../../db/report-texts';

/** The published texts, verified, and their claimed numbers (from the mentions alone: no observation is read). */
async function loadCorpus(db: QueryRunner) {
  const texts = await fetchReportTexts(db, []);
  const marks = await db.query(readerMarksQuery([...texts.keys()], []), marksOf);
  const figures = marks
    .filter((mark) => mark.disposition === 'claimed')
    .map((mark) => ({ ...mark, indicator_ids: [...new Set(mark.observation_ids.map(indicatorOfObservation))] }));
  performance.mark('search:loaded');
  const corpus = buildCorpus(texts, figures);
  performance.measure('search:index', { start: 'search:loaded' });
  return corpus;
}

// Held for the page's life: the engine's own derivation invalidates every query, and the texts and mentions it leaves alone.
let built: Promise<SearchCorpus> | undefined;
const corpusOnce = (db: QueryRunner) => {
  built ??= loadCorpus(db).catch((error) => {
    built = undefined;
    throw error;
  });
  return built;
};

const corpusOptions = (db: QueryRunner | undefined) =>
  queryOptions({ queryKey: ['search-corpus'], queryFn: () => corpusOnce(db!), enabled: db !== undefined, staleTime: Infinity });

/** The index, built once, the first time the search view opens. */
export function useSearchCorpus() {
  const { data: db } = useDatabase();
  return useQuery(corpusOptions(db));
}
