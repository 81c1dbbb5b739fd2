import type { CellRow } from '../sql/cells-query';

/** Two values within this share of each other, either of them approximate (近, 约), cannot be told apart. */
export const approxTolerance = 0.05;

export interface RankEntry {
  cell: CellRow;
  /** Standard competition rank of the value as written: 1 + the places with a higher value. */
  rank: number;
  /** Another place has exactly the same value (shown "=2"). */
  tied: boolean;
  /** The best and worst rank the qualifiers allow, `best === worst` when the rank is certain. */
  best: number;
  worst: number;
}

export interface RankGroup {
  /** `scope|body_level`, or `mixed` when the analyst ranks them together. */
  key: string;
  scopes: string[];
  bodyLevels: string[];
  entries: RankEntry[];
}

export interface YearRanking {
  year: number;
  /** N: the places picked that have a report for the year. */
  places: number;
  /** n: those of them whose report gives the indicator. */
  reported: number;
  notReported: CellRow[];
  groups: RankGroup[];
}

export interface RankOptions {
  /** Rank 1 is the highest value, unless the sort asks for the lowest first. */
  descending: boolean;
  /** Rank values of every scope and body level together. */
  mix: boolean;
}

type Interval = { low: number; high: number };

/** What a value could be: 余 (at least) is unbounded above, 至多 below, 近 and 约 within the tolerance. */
export function intervalOf(cell: Pick<CellRow, 'value' | 'qualifier'>): Interval {
  const value = cell.value!;
  const margin = Math.abs(value) * approxTolerance;
  switch (cell.qualifier) {
    case 'at_least': return { low: value, high: Infinity };
    case 'at_most': return { low: -Infinity, high: value };
    case 'approx': return { low: value - margin, high: value + margin };
    default: return { low: value, high: value };
  }
}

/** Ranking low first is ranking the negated values high first. */
const oriented = ({ low, high }: Interval, descending: boolean): Interval => (descending ? { low, high } : { low: -high, high: -low });

function rankWithin(cells: CellRow[], descending: boolean): RankEntry[] {
  const spans = cells.map((c) => oriented(intervalOf(c), descending));
  const points = cells.map((c) => (descending ? c.value! : -c.value!));
  const entries = cells.map((cell, i) => {
    const others = cells.map((_, j) => j).filter((j) => j !== i);
    const above = (test: (j: number) => boolean) => 1 + others.filter(test).length;
    return {
      cell,
      rank: above((j) => points[j] > points[i]),
      tied: others.some((j) => points[j] === points[i]),
      // Best: only the values certainly above it stay above; worst: every value that could be above it is.
      best: above((j) => spans[j].low > spans[i].high),
      worst: above((j) => spans[j].high > spans[i].low),
    };
  });
  return entries.sort((a, b) => a.rank - b.rank || a.cell.name_zh.localeCompare(b.cell.name_zh, 'zh-CN'));
}

const groupKey = (cell: CellRow, mix: boolean) => (mix ? 'mixed' : `${cell.scope}|${cell.body_level}`);

function groupsOf(cells: CellRow[], options: RankOptions): RankGroup[] {
  const byKey = new Map<string, CellRow[]>();
  for (const cell of cells) byKey.set(groupKey(cell, options.mix), [...(byKey.get(groupKey(cell, options.mix)) ?? []), cell]);
  // The group with the most places first: it is the ranking most readers came for.
  return [...byKey.entries()]
    .map(([key, members]) => ({
      key,
      scopes: [...new Set(members.map((c) => c.scope!))].sort(),
      bodyLevels: [...new Set(members.map((c) => c.body_level!))].sort(),
      entries: rankWithin(members, options.descending),
    }))
    .sort((a, b) => b.entries.length - a.entries.length || a.key.localeCompare(b.key));
}

/** One ranking per year, latest first, among the places whose report gives a value; the others listed, never ranked as 0. */
export function rankPlaces(cells: readonly CellRow[], options: RankOptions): YearRanking[] {
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => b - a);
  return years.map((year) => {
    const ofYear = cells.filter((c) => c.year === year);
    const values = ofYear.filter((c) => c.status === 'value' && c.value !== null);
    return {
      year,
      places: new Set(ofYear.map((c) => c.jurisdiction_id)).size,
      reported: new Set(values.map((c) => c.jurisdiction_id)).size,
      notReported: ofYear.filter((c) => c.status !== 'value'),
      groups: groupsOf(values, options),
    };
  });
}

/** "=2", "3" or, where the qualifiers leave it open, "1–3". */
export const rankLabel = (entry: Pick<RankEntry, 'rank' | 'tied' | 'best' | 'worst'>) =>
  entry.best !== entry.worst ? `${entry.best}–${entry.worst}` : `${entry.tied ? '=' : ''}${entry.rank}`;
