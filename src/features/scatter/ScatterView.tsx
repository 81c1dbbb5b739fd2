import type { ViewProps } from '../view-props';

export function ScatterView(_props: ViewProps) {
  return <p role="status">TODO</p>;
}
