import type { ViewState } from '../state/view-state';
import type { Catalog } from './catalog/catalog';

export interface UpdateOptions {
  /** Replace the current history entry instead of adding one: for changes that follow the reader, such as a scroll. */
  replace?: boolean;
}

/** What every view of the data is given: the state from the URL, the catalog, and the way to change the state. */
export interface ViewProps {
  state: ViewState;
  catalog: Catalog;
  update(patch: Partial<ViewState>, options?: UpdateOptions): void;
}
