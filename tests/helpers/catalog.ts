import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorOptionSchema } from '../../src/sql/catalog-query';
import { projectRoot } from './sources';

/** The catalog as the app bundles it (src/generated/first-view.json). */
export function prebakedCatalogFor() {
  const firstView = JSON.parse(readFileSync(join(projectRoot, 'src/generated/first-view.json'), 'utf8'));
  return { indicators: indicatorOptionSchema.array().parse(firstView.indicators) };
}
