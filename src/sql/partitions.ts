import type { Partition } from '../domain/manifest';
import type { Reads } from './query';

/** The partitions a query needs: its indicators' categories (or one, or all), in its years (or all); all when it does not say. */
export function partitionsRead(reads: Reads | undefined, partitions: readonly Partition[], categoryOf: ReadonlyMap<string, string>): Partition[] {
  if (reads === undefined) return [...partitions];
  const years = reads.years ?? [];
  const inYears = (p: Partition) => years.length === 0 || years.includes(p.year);
  if ('category' in reads && reads.category === null) return partitions.filter(inYears);
  const categories = new Set('category' in reads ? [reads.category] : reads.indicators.map((id) => categoryOf.get(id)));
  return partitions.filter((p) => categories.has(p.category) && inYears(p));
}
