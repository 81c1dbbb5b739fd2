import type { ViewState } from '../state/view-state';
import type { Catalog } from './catalog/catalog';
import type { UpdateOptions } from '../app/use-view-state';

/** What every view of the data is given: the state from the URL, the catalog, and the way to change the state. */
export interface ViewProps {
  state: ViewState;
  catalog: Catalog;
  update(patch: Partial<ViewState>, options?: UpdateOptions): void;
}
