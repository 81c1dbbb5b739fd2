import { fillSlots } from '../../lib/fill-slots';
import type { Lang } from '../../lib/format';

/** The two-indicator view's words, loaded with it and not with the default view. */
const strings = {
  yPicker: { zh: '纵轴指标（y）', en: 'Second indicator (y)' },
  xIs: { zh: '横轴指标（x）为筛选栏所选指标', en: 'The x indicator is the one picked in the filters' },
  shared: { zh: '{n} 个地区年份', en: '{n} place-years' },
  noPairing: { zh: '所选范围内没有其他指标与该指标出自同一地区同一年份', en: 'No other indicator shares a place and year with this one in the selection' },
  points: { zh: '{n} 个点：两项均有报告的地区年份', en: '{n} points: place-years that report both' },
  notReported: { zh: '{n} 个有报告的地区年份未同时报告两项，未画出（不是 0）：{names}', en: '{n} place-years with a report do not give both and are not drawn (not 0): {names}' },
  scopesDiffer: { zh: '空心点 ≠：两项数值统计口径不同（{n} 个）', en: 'Hollow points ≠: the two values differ in scope ({n})' },
  sameScope: { zh: '口径相同', en: 'same scope' },
  differentScope: { zh: '口径不同', en: 'scopes differ' },
  valueRule: { zh: '每个地区每年每项指标取一个数值：报告原值优先，口径取最宽', en: 'One value per place, year and indicator: the reported figure first, the widest scope' },
  fit: { zh: '显示拟合直线（最小二乘）', en: 'Show the fitted line (least squares)' },
  slopeTitle: { zh: '{a}年 → {b}年', en: '{a} → {b}' },
  slopeNone: { zh: '没有地区报告了 {a} 与 {b} 两个年份的该指标，无法画出变化', en: 'No place reports both {a} and {b} for this indicator: no change to draw' },
  slopeOneYear: { zh: '只有一个年份，没有地区报告两个年份', en: 'Only one year: no place reports two years' },
  slopeLines: { zh: '{n} 个地区报告了两个年份', en: '{n} places report both years' },
  pointsTable: { zh: '各点的数值与出处', en: 'Each point’s values and sources' },
  place: { zh: '地区', en: 'Place' },
  year: { zh: '年份', en: 'Year' },
  sourceX: { zh: 'x 原文', en: 'x source' },
  sourceY: { zh: 'y 原文', en: 'y source' },
} as const;

export type ScatterMessage = keyof typeof strings;
export const m = (lang: Lang, key: ScatterMessage): string => strings[key][lang];
export const mf = (lang: Lang, key: ScatterMessage, slots: Record<string, string | number>): string => fillSlots(m(lang, key), slots);
