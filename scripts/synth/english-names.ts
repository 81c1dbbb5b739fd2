import { pinyin } from 'pinyin-pro';
import type { Jurisdiction } from '../../src/domain/catalog';

// Longest first, so that 自治州 is not read as 州.
const kinds: readonly (readonly [string, string])[] = [
  ['自治州', 'Autonomous Prefecture'], ['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'],
  ['地区', 'Prefecture'], ['林区', 'Forest District'], ['新区', 'New Area'],
  ['市', 'City'], ['区', 'District'], ['县', 'County'], ['旗', 'Banner'], ['盟', 'League'],
];

const romanised = (name: string) => {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').replace(/ü/g, 'u');
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
};

/**
 * An English name in the usual form (东城区 → Dongcheng District), so that the place search finds
 * synthetic places by English name as it finds the real ones. Provinces keep their English names.
 */
export function englishNameOf(jurisdiction: Jurisdiction): string {
  if (jurisdiction.admin_level === 'province') return jurisdiction.province_en;
  const kind = kinds.find(([suffix]) => jurisdiction.name_zh.endsWith(suffix) && jurisdiction.name_zh.length > suffix.length);
  return kind ? `${romanised(jurisdiction.name_zh.slice(0, -kind[0].length))} ${kind[1]}` : romanised(jurisdiction.name_zh);
}
