let chartMarkup: string | null = null;

/** Before hydration: keep the prerendered chart's SVG, which the first chart on the page starts from. */
export function keepPrerenderedChart(root: HTMLElement): void {
  chartMarkup = root.querySelector('[data-testid="chart"]')?.innerHTML ?? null;
}

/** The prerendered chart's markup, once: later charts start empty. */
export function takePrerenderedChart(): string | null {
  const markup = chartMarkup;
  chartMarkup = null;
  return markup;
}
