import { join } from 'node:path';
import { openAppDatabase } from '../../scripts/io/app-database';
import { cellRowSchema, cellsQuery } from '../../src/sql/cells-query';
import { allFilters, type Filters } from '../../src/sql/query';
import { projectRoot } from './sources';

export const openPublishedAppDatabase = () => openAppDatabase(join(projectRoot, 'public/data'));

export type AppDatabase = Awaited<ReturnType<typeof openPublishedAppDatabase>>;

export const cellsOf = (db: AppDatabase, indicatorIds: string[], filters: Partial<Filters> = {}) =>
  db.query(cellsQuery(indicatorIds, { ...allFilters, ...filters }), (rows) => cellRowSchema.array().parse(rows));
