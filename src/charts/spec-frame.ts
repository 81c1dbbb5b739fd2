import type { Lang } from '../lib/format';
import type { CellRow } from '../sql/cells-query';
import { ariaLabel, baseTitle, sourceLine, type ChartSpec } from './chart-common';

export interface SpecFrame {
  title: string;
  /** Written under the title, one line each, before any value. */
  notes: readonly string[];
  summary: string;
  /** The cells drawn: their reports are cited under the chart. */
  cells: CellRow[];
  lang: Lang;
  /** The chart's height without its notes. */
  height: number;
}

/**
 * A chart with notes over it: its title with the notes under it, its summary for screen readers and
 * the reports cited, around the option that `draw` gives for the height the notes take.
 */
export function framedSpec(frame: SpecFrame, draw: (notesHeight: number) => Record<string, unknown>): ChartSpec {
  const notesHeight = frame.notes.length * 16;
  return {
    height: frame.height + notesHeight,
    summary: frame.summary,
    source: sourceLine(frame.cells, frame.lang),
    option: { animation: false, title: baseTitle(frame.title, frame.notes.join('\n')), aria: ariaLabel(frame.summary), ...draw(notesHeight) },
  };
}
