const ascending = (xs: number[]) => [...xs].sort((a, b) => a - b);

export function median(xs: number[]): number {
  const s = ascending(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile. */
export const percentile = (xs: number[], p: number) => ascending(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];

export const ms = (x: number) => `${Math.round(x)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
