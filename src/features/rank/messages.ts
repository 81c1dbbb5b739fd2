import { fillSlots } from '../../lib/fill-slots';
import type { Lang } from '../../lib/format';

/** The ranking view's words, loaded with it and not with the default view. */
const strings = {
  title: { zh: '排名', en: 'ranking' },
  reportedOf: { zh: '{year}年：{N} 个有报告的地区中 {n} 个报告了该指标', en: '{year}: {n} of {N} places with a report give it' },
  groupPlaces: { zh: '{n} 个地区', en: '{n} places' },
  groupMixed: { zh: '全部口径与报告主体合并', en: 'all scopes and bodies together' },
  government: { zh: '政府报告', en: 'government report' },
  department: { zh: '部门报告', en: 'department report' },
  notReportedList: { zh: '{year}年未报告（不参与排名）：{names}', en: '{year}, not reported (not ranked): {names}' },
  mixToggle: { zh: '不同口径与报告主体合并排名', en: 'Rank different scopes and bodies together' },
  mixWarning: { zh: '注意：不同口径或报告主体的数值合并排名，并不可直接比较：{groups}', en: 'Warning: values of different scope or reporting body are ranked together and are not strictly comparable: {groups}' },
  separateNote: { zh: '按统计口径与报告主体分组排名，部门报告不与政府报告比较', en: 'Ranked separately by scope and reporting body: a department’s report is not ranked against governments' },
  directionDesc: { zh: '数值越高排名越前', en: 'Highest value ranks 1' },
  directionAsc: { zh: '数值越低排名越前', en: 'Lowest value ranks 1' },
  ruleNote: {
    zh: '名次相同记为“=2”；“≥”（余、多）可能更高、“≤”可能更低、“≈”（近、约）按 ±5% 视为无法区分，故给出名次范围（如“1–3”）',
    en: 'Equal values share a rank ("=2"); a "≥" value (余, 多) could be higher, "≤" lower, and "≈" (近, 约) values within ±5% cannot be told apart, hence rank ranges ("1–3")',
  },
  valueRule: { zh: '每个地区每年每种口径取一个数值：报告原值优先于计算值', en: 'One value per place, year and scope: the reported figure before a derived one' },
  rank: { zh: '名次', en: 'Rank' },
  rankRange: { zh: '名次范围', en: 'Rank range' },
  group: { zh: '分组', en: 'Group' },
  place: { zh: '地区', en: 'Place' },
  value: { zh: '数值', en: 'Value' },
  method: { zh: '来源方式', en: 'Method' },
  report: { zh: '报告', en: 'Report' },
  quote: { zh: '原文', en: 'Quote' },
  noneReported: { zh: '所选地区与年份中没有报告该指标的地区', en: 'No place picked reports this indicator in the years picked' },
} as const;

export type RankMessage = keyof typeof strings;
export const m = (lang: Lang, key: RankMessage): string => strings[key][lang];
export const mf = (lang: Lang, key: RankMessage, slots: Record<string, string | number>): string => fillSlots(m(lang, key), slots);
