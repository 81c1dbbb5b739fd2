import { readdirSync, readFileSync } from 'node:fs';

/** RSS in bytes of each Chromium renderer process now running: a page's renderer holds its JS heaps, its workers' and their wasm memory. */
function rendererRss(): number[] {
  const sizes: number[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) sizes.push(Number(rss[1]) * 1024);
    } catch {
      // the process ended while being read
    }
  }
  return sizes;
}

/** Samples the largest renderer's RSS every `everyMs` until stopped; returns the peak seen. */
export function sampleRendererPeak(everyMs = 100): { stop(): number } {
  let peak = 0;
  const take = () => (peak = Math.max(peak, ...rendererRss(), 0));
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return peak;
    },
  };
}
