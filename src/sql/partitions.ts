import type { Partition } from '../domain/manifest';
import type { Reads } from './query';

/** What partitioning needs to know of an indicator: the two it is derived from. */
export interface PartitionedIndicator {
  indicator_id: string;
  derivation_a: string | null;
  derivation_b: string | null;
}

/**
 * Indicators joined by derivations (a rate with its two counts), each family sorted, in the order of
 * their first member. A family's observations are one partition, so that it derives on its own.
 */
export function derivationFamilies(indicators: readonly PartitionedIndicator[]): string[][] {
  const parent = new Map(indicators.map((i) => [i.indicator_id, i.indicator_id]));
  const root = (id: string): string => {
    const up = parent.get(id)!;
    return up === id ? id : root(up);
  };
  for (const i of indicators) {
    for (const input of [i.derivation_a, i.derivation_b]) if (input !== null && parent.has(input)) parent.set(root(input), root(i.indicator_id));
  }
  const families = new Map<string, string[]>();
  for (const id of [...parent.keys()].sort()) families.set(root(id), [...(families.get(root(id)) ?? []), id]);
  return [...families.values()].sort((a, b) => a[0].localeCompare(b[0]));
}

/** The partitions a query needs: those holding its indicators (or its category's, or all); all when it does not say. */
export function partitionsRead(reads: Reads | undefined, partitions: readonly Partition[], categoryOf: ReadonlyMap<string, string>): Partition[] {
  if (reads === undefined || ('category' in reads && reads.category === null)) return [...partitions];
  const wanted = 'category' in reads ? (id: string) => categoryOf.get(id) === reads.category : (id: string) => reads.indicators.includes(id);
  return partitions.filter((p) => p.indicators.some(wanted));
}
