import * as OpenCC from 'opencc-js/cn2t';
import type { AdminLevel, Category, Derivation, Indicator, Jurisdiction, Report } from '../../src/domain/catalog';
import { jurisdictionOf, type Division } from '../../src/intake/divisions';
import { englishNameOf } from './english-names';
import { normal, pick, sample, seededRandom, type Random } from './random';
import { writeNumber, type Template } from './templates';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

export interface CorpusOptions {
  seed: number;
  firstYear: number;
  lastYear: number;
}

export interface SyntheticCorpus {
  jurisdictions: Jurisdiction[];
  reports: Report[];
  texts: Map<string, string>;
  /** Figures written into the texts, to set against what the pipeline reads back. */
  figuresWritten: number;
}

/** How much larger a level's figures run than a prefecture's, and how many indicators its report gives. */
const levelShape: Record<AdminLevel, { factor: number; indicators: number; publishes: number }> = {
  province: { factor: 5, indicators: 60, publishes: 0.92 },
  prefecture_city: { factor: 1, indicators: 50, publishes: 0.8 },
  league: { factor: 0.8, indicators: 46, publishes: 0.75 },
  county: { factor: 0.3, indicators: 42, publishes: 0.62 },
  district: { factor: 0.35, indicators: 42, publishes: 0.62 },
  banner: { factor: 0.25, indicators: 38, publishes: 0.55 },
};
const departmentCategories = new Set(['mediation', 'legal_services', 'publicity', 'reconsideration', 'litigation']);
const ordinals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八'];
const leads = ['', '', '全年', '本年度', '年内'];

/** A figure like the template's, for a body of this size: rates stay below 100, counts scale and spread. */
function drawFigure(template: Template, unit: string, factor: number, random: Random): number {
  const { written, shape } = template;
  const step = 10 ** -shape.decimals;
  if (unit === 'percent') {
    const gap = Math.max(0.5, 100 - written) * Math.exp(0.8 * normal(random));
    return Math.max(step, Math.round(Math.max(0, 100 - gap) / step) * step);
  }
  return Math.max(step, Math.round((written * factor * Math.exp(0.7 * normal(random))) / step) * step);
}

function bodyOf(division: Division, department: boolean): string {
  if (department) return `${division.name}司法局`;
  return division.adminLevel === 'league' ? `${division.name}行政公署` : `${division.name}人民政府`;
}

/** What a text is written with: each indicator's unit and category, and each category's name. */
interface Lookup {
  units: Map<string, string>;
  categoryOf: Map<string, string>;
  categories: Map<string, Category>;
  /** The catalog's derivations, in its order: received before accepted before concluded. */
  derivations: Derivation[];
}

/**
 * A report's figures agree with each other where the catalog derives one from two: the part is
 * below its whole (a ratio's inputs), the figure after a reduction below the one before it.
 */
function agree(figures: Map<string, number>, derivations: readonly Derivation[], random: Random): void {
  for (const { op, a, b } of derivations) {
    if (!figures.has(a) || !figures.has(b)) continue;
    if (op === 'ratio') figures.set(a, figures.get(b)! * (0.8 + 0.19 * random()));
    if (op === 'difference' || op === 'reduction_percent') figures.set(b, figures.get(a)! * (0.5 + 0.45 * random()));
  }
}

/** A figure in its template's written units, rounded as the template writes it, never below its last digit. */
function asWritten(base: number, template: Template): number {
  const step = 10 ** -template.shape.decimals;
  return Math.max(step, Math.round(base / template.shape.scale / step) * step);
}

function reportText({ units, categoryOf, categories, derivations }: Lookup, year: number, body: string, chosen: Template[], factor: number, random: Random): string {
  const figures = new Map(chosen.map((t) => [t.indicatorId, drawFigure(t, units.get(t.indicatorId)!, factor, random) * t.shape.scale]));
  agree(figures, derivations, random);
  const title = pick(random, [`${body}关于${year}年法治政府建设情况的报告`, `${body}${year}年度法治政府建设工作报告`, `关于${body}${year}年法治政府建设工作情况的报告`]);
  const byCategory = new Map<string, Template[]>();
  for (const template of chosen) {
    const category = categoryOf.get(template.indicatorId)!;
    byCategory.set(category, [...(byCategory.get(category) ?? []), template]);
  }
  const sections = [...byCategory].map(([category, templates], i) => {
    const sentences = templates.map((t) => `${pick(random, leads)}${t.before}${writeNumber(asWritten(figures.get(t.indicatorId)!, t), t.shape)}${t.after}。`);
    return `${ordinals[i]}、${categories.get(category)!.name_zh}\n\n${sentences.join('')}`;
  });
  const intro = `${year}年，${body}坚持以习近平法治思想为指导，深入推进依法行政，法治政府建设取得新进展。现将有关情况报告如下。`;
  const close = `${ordinals[sections.length]}、存在的问题和下一步打算\n\n法治政府建设仍有短板，下一步将持续深化依法行政，推动法治政府建设再上新台阶。`;
  return [title, intro, ...sections, close].join('\n\n') + '\n';
}

/**
 * A national corpus: for every division and year a government report with the probability of its
 * level (later years a little more often), and for some prefectures a justice bureau's report too.
 * Each text is written from templates, one figure per indicator, one report in twelve in traditional script.
 */
export function syntheticCorpus(divisions: readonly Division[], templates: readonly Template[], catalog: { categories: Category[]; indicators: Indicator[] }, options: CorpusOptions): SyntheticCorpus {
  const random = seededRandom(options.seed);
  const lookup: Lookup = {
    units: new Map(catalog.indicators.map((i) => [i.indicator_id, i.unit])),
    categoryOf: new Map(catalog.indicators.map((i) => [i.indicator_id, i.category])),
    categories: new Map(catalog.categories.map((c) => [c.category, c])),
    derivations: catalog.indicators.flatMap((i) => (i.derivation ? [i.derivation] : [])),
  };
  const byIndicator = new Map<string, Template[]>();
  for (const t of templates) byIndicator.set(t.indicatorId, [...(byIndicator.get(t.indicatorId) ?? []), t]);
  const indicatorIds = [...byIndicator.keys()].sort();
  const departmentIds = indicatorIds.filter((id) => departmentCategories.has(lookup.categoryOf.get(id)!));
  const order = new Map(catalog.indicators.map((i, n) => [i.indicator_id, n]));

  const jurisdictions: Jurisdiction[] = [];
  const reports: Report[] = [];
  const texts = new Map<string, string>();
  let figuresWritten = 0;
  for (const division of divisions) {
    const unnamed = jurisdictionOf(division, []);
    const jurisdiction = { ...unnamed, name_en: englishNameOf(unnamed) };
    jurisdictions.push(jurisdiction);
    const shape = levelShape[division.adminLevel];
    for (let year = options.firstYear; year <= options.lastYear; year += 1) {
      const bodies = [
        ...(random() < Math.min(0.97, shape.publishes + 0.02 * (year - 2015)) ? [false] : []),
        ...(division.adminLevel === 'prefecture_city' && random() < 0.25 ? [true] : []),
      ];
      for (const department of bodies) {
        const pool = department ? departmentIds : indicatorIds;
        const count = Math.round((department ? 16 : shape.indicators) * (0.85 + 0.3 * random()));
        const chosen = sample(random, pool, count)
          .sort((a, b) => order.get(a)! - order.get(b)!)
          .map((id) => pick(random, byIndicator.get(id)!));
        const body = bodyOf(division, department);
        const reportId = `${jurisdiction.jurisdiction_id}-${year}${department ? '-justice' : ''}`;
        const traditional = random() < 1 / 12;
        const text = reportText(lookup, year, body, chosen, shape.factor * (department ? 0.6 : 1), random);
        texts.set(reportId, traditional ? toTraditional(text) : text);
        figuresWritten += chosen.length;
        reports.push({
          report_id: reportId, jurisdiction_id: jurisdiction.jurisdiction_id, year, title_zh: text.slice(0, text.indexOf('\n')), reporting_body_zh: body,
          reporting_body_en: department ? `${jurisdiction.name_en} Justice Bureau` : `${jurisdiction.name_en} People's Government`,
          body_level: department ? 'department' : 'government', published_date: `${year + 1}-0${1 + Math.floor(random() * 3)}-${10 + Math.floor(random() * 18)}`,
          script: traditional ? 'traditional' : 'simplified', source_file: `${reportId}.txt`,
        });
      }
    }
  }
  return { jurisdictions, reports, texts, figuresWritten };
}
