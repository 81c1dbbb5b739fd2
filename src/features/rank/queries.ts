import { cellRowSchema } from '../../sql/cells-query';
import type { Filters } from '../../sql/query';
import { rankQuery } from '../../sql/rank-query';
import { useEngineRows } from '../engine-rows';

/** The cells the ranking compares (see rankQuery). */
export const useRankCells = (indicatorId: string, filters: Filters) => useEngineRows(['rank', indicatorId, filters], rankQuery(indicatorId, filters), cellRowSchema);
