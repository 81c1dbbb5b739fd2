import { queryOptions, useQuery } from '@tanstack/react-query';
import firstView from '../../generated/first-view.json';
import { useDatabase } from '../../app/database';
import { indicatorNoteSchema, indicatorNotesQuery, type IndicatorNote } from '../../sql/catalog-query';
import type { QueryRunner } from '../../sql/query';

const bundled = new Map(indicatorNoteSchema.array().parse(firstView.notes).map((n) => [n.indicator_id, n]));

const notesQueryOptions = (db: QueryRunner | undefined) =>
  queryOptions({
    queryKey: ['indicator-notes'],
    queryFn: async () => new Map((await db!.query(indicatorNotesQuery, (rows) => indicatorNoteSchema.array().parse(rows))).map((n) => [n.indicator_id, n])),
    enabled: db !== undefined,
    staleTime: Infinity,
  });

/** An indicator's definition: the default view's from the bundle at once, any other's from the engine once it is up. */
export function useIndicatorNote(indicatorId: string): IndicatorNote | undefined {
  const { data: db } = useDatabase();
  const own = bundled.get(indicatorId);
  const { data: notes } = useQuery({ ...notesQueryOptions(db), enabled: db !== undefined && !own });
  return own ?? notes?.get(indicatorId);
}
