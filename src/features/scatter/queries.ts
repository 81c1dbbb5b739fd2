import type { Filters } from '../../sql/query';
import { pairingQuery, pairingRowSchema } from '../../sql/scatter-query';
import { useEngineRows } from '../engine-rows';

/** The indicators sharing place-years with x, most first. */
export const usePairings = (xIndicatorId: string, filters: Filters) => useEngineRows(['pairings', xIndicatorId, filters], pairingQuery(xIndicatorId, filters), pairingRowSchema);
