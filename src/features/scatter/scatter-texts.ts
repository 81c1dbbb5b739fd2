import { jurisdictionName } from '../../charts/chart-common';
import type { ScatterPairs } from '../../charts/scatter-pairs';
import type { Lang } from '../../lib/format';
import { m } from './messages';

/** What the scatter says before its points: how many, which place-years are not drawn and why, which points differ in scope. */
export function scatterNotes(pairs: ScatterPairs, lang: Lang): string[] {
  const separator = lang === 'zh' ? '、' : ', ';
  const differ = pairs.points.filter((p) => !p.sameScope).length;
  const names = pairs.notReported.map(({ x }) => `${jurisdictionName(x, lang)} ${x.year}`).join(separator);
  return [
    m(lang, 'points', { n: pairs.points.length }),
    ...(pairs.notReported.length > 0 ? [m(lang, 'notReported', { n: pairs.notReported.length, names })] : []),
    ...(differ > 0 ? [m(lang, 'scopesDiffer', { n: differ })] : []),
    m(lang, 'valueRule'),
  ];
}

/** Year A and year B of the slope chart: the first and last picked, else the first and last with a report. */
export function slopeYears(picked: readonly number[], all: readonly number[]): [number, number] | null {
  const years = picked.length > 0 ? picked : all;
  return years.length === 0 ? null : [Math.min(...years), Math.max(...years)];
}
