import type { ViewProps } from '../view-props';

export function ReaderView(_props: ViewProps) {
  return <p role="status">TODO</p>;
}
