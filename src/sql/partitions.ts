import type { Partition } from '../domain/manifest';
import type { Reads } from './query';

/** The partitions a query needs: its indicators' categories, one category, or, when it does not say, all. */
export function partitionsRead(reads: Reads | undefined, partitions: readonly Partition[], categoryOf: ReadonlyMap<string, string>): Partition[] {
  if (reads === undefined || ('category' in reads && reads.category === null)) return [...partitions];
  const categories = new Set('category' in reads ? [reads.category] : reads.indicators.map((id) => categoryOf.get(id)));
  return partitions.filter((p) => categories.has(p.category));
}
