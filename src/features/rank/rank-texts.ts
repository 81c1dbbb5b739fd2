import { jurisdictionName } from '../../charts/chart-common';
import type { RankGroup, YearRanking } from '../../charts/ranking';
import type { Lang } from '../../lib/format';
import { t, type MessageKey } from '../../lib/i18n';
import { m } from './messages';

const scopeName = (scope: string, lang: Lang) => t(lang, `scope_${scope}` as MessageKey);
const bodyName = (level: string, lang: Lang) => m(lang, level === 'department' ? 'department' : 'government');

/** A group by what its values cover: "未说明口径 · 政府报告", or "all together". */
export function groupName(group: RankGroup, lang: Lang): string {
  if (group.key !== 'mixed') return `${scopeName(group.scopes[0], lang)} · ${bodyName(group.bodyLevels[0], lang)}`;
  return m(lang, 'groupMixed');
}

/** The heading over a group's bars: its year, what it covers and how many places it ranks. */
export const groupHeading = (year: YearRanking, group: RankGroup, lang: Lang) =>
  `${year.year} · ${groupName(group, lang)} · ${m(lang, 'groupPlaces', { n: group.entries.length })}`;

/** A ranking of values that do not cover the same thing, said as such. */
function mixWarning(group: RankGroup, lang: Lang): string | null {
  if (group.scopes.length < 2 && group.bodyLevels.length < 2) return null;
  const parts = [...group.scopes.map((s) => scopeName(s, lang)), ...group.bodyLevels.map((b) => bodyName(b, lang))];
  return m(lang, 'mixWarning', { groups: parts.join(' / ') });
}

/** What the chart and the table say before any value: n of N, the places not ranked, the rules, any warning. */
export function rankNotes(rankings: YearRanking[], lang: Lang, descending: boolean, mix: boolean): { warnings: string[]; notes: string[] } {
  const separator = lang === 'zh' ? '、' : ', ';
  const perYear = rankings.flatMap((year) => [
    m(lang, 'reportedOf', { year: String(year.year), n: year.reported, N: year.places }),
    ...(year.notReported.length > 0 ? [m(lang, 'notReportedList', { year: String(year.year), names: year.notReported.map((c) => jurisdictionName(c, lang)).join(separator) })] : []),
  ]);
  const warnings = mix ? rankings.flatMap((year) => year.groups.map((g) => mixWarning(g, lang))).filter((w): w is string => w !== null) : [];
  return {
    warnings: [...new Set(warnings)],
    notes: [...perYear, `${m(lang, descending ? 'directionDesc' : 'directionAsc')}; ${m(lang, mix ? 'groupMixed' : 'separateNote')}`, m(lang, 'ruleNote'), m(lang, 'valueRule')],
  };
}
