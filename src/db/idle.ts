/**
 * When the engine has had no query for `quietMs`: the app's own derivations wait for that, so that
 * an analyst changing filters one after another is answered first and the checking follows.
 */
export function idleTracker(quietMs: number) {
  let last = performance.now();
  return {
    /** A query started or ended. */
    touch: () => void (last = performance.now()),
    async quiet(): Promise<void> {
      for (let wait = quietMs; wait > 0; wait = quietMs - (performance.now() - last)) await new Promise((resolve) => setTimeout(resolve, wait));
    },
  };
}
