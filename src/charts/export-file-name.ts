/** File names from the view: `mediation_success_rate_2020-2022.png`. */
export function exportFileName(subject: string, years: readonly number[], extension: string): string {
  const span = years.length === 0 ? '' : years.length === 1 ? `_${years[0]}` : `_${Math.min(...years)}-${Math.max(...years)}`;
  return `${subject.replace(/[^a-z0-9_-]/gi, '_')}${span}.${extension}`;
}
