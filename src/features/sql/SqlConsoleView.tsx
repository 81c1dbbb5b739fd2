import type { ViewProps } from '../view-props';

export function SqlConsoleView(_props: ViewProps) {
  return <p role="status">TODO</p>;
}
