import type { CellRow } from '../sql/cells-query';

export interface ScatterPoint {
  x: CellRow;
  y: CellRow;
  /** The two figures cover the same people (scope); a point where they do not is drawn apart and said so. */
  sameScope: boolean;
}

export interface ScatterPairs {
  points: ScatterPoint[];
  /** Place-years with a report that gives one figure or neither: never drawn, counted and listed. */
  notReported: { x: CellRow; y: CellRow }[];
}

const placeYear = (c: CellRow) => `${c.jurisdiction_id}|${c.year}`;

/** The cells of x and y (as cellsQuery gives them) paired by place and year; a place-year with no report is no pair. */
export function pairCells(cells: readonly CellRow[], xIndicatorId: string, yIndicatorId: string): ScatterPairs {
  const ys = new Map(cells.filter((c) => c.indicator_id === yIndicatorId).map((c) => [placeYear(c), c]));
  const pairs = cells.filter((c) => c.indicator_id === xIndicatorId && c.status !== 'no_report').flatMap((x) => {
    const y = ys.get(placeYear(x));
    return y ? [{ x, y }] : [];
  });
  const both = (p: { x: CellRow; y: CellRow }) => p.x.status === 'value' && p.y.status === 'value';
  return {
    points: pairs.filter(both).map((p) => ({ ...p, sameScope: p.x.scope === p.y.scope })),
    notReported: pairs.filter((p) => !both(p)),
  };
}

export interface SlopeLine {
  from: CellRow;
  to: CellRow;
}

/** Places with a value of the indicator in both years, one line each. */
export function slopeLines(cells: readonly CellRow[], indicatorId: string, fromYear: number, toYear: number): SlopeLine[] {
  const valued = cells.filter((c) => c.indicator_id === indicatorId && c.status === 'value');
  const later = new Map(valued.filter((c) => c.year === toYear).map((c) => [c.jurisdiction_id, c]));
  return fromYear === toYear ? [] : valued.filter((c) => c.year === fromYear && later.has(c.jurisdiction_id)).map((from) => ({ from, to: later.get(from.jurisdiction_id)! }));
}

/** Least squares through the points, when at least two distinct x values make a line. */
export function fittedLine(points: readonly { x: number; y: number }[]): { slope: number; intercept: number } | null {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (n < 2 || sxx === 0) return null;
  const slope = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
  return { slope, intercept: my - slope * mx };
}
