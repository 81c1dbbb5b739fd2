import type { ViewProps } from '../view-props';

export function SearchView(_props: ViewProps) {
  return <p role="status">TODO</p>;
}
