import type { ViewProps } from '../view-props';

export function RankView(_props: ViewProps) {
  return <p role="status">TODO</p>;
}
