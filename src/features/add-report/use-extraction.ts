import { useEffect, useRef, useState } from 'react';
import type { LocalReport } from '../../intake/local-extraction';
import type { ExtractionMessage, ReviewExtraction } from './extraction-protocol';

export type ExtractionState =
  | { status: 'idle' }
  | { status: 'running'; stage: 'reading' | 'extracting' | 'reviewing'; previous: ReviewExtraction | null }
  | { status: 'done'; extraction: ReviewExtraction }
  | { status: 'failed'; problem: string; previous: ReviewExtraction | null };

/** The latest extraction a state holds: its own, or the one before the run in progress. */
export const latestOf = (s: ExtractionState): ReviewExtraction | null => (s.status === 'done' ? s.extraction : s.status === 'idle' ? null : s.previous);

/**
 * The report through the extractor in a Web Worker, again after each review decision; only the
 * latest request's answer is taken, so a quick run of decisions never shows an older one.
 */
export function useExtraction(local: LocalReport | null): ExtractionState {
  const [state, setState] = useState<ExtractionState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    if (!local) return;
    worker.current ??= new Worker(new URL('./extraction.worker.ts', import.meta.url), { type: 'module' });
    const id = (latest.current += 1);
    worker.current.onmessage = (event: MessageEvent<ExtractionMessage>) => {
      const message = event.data;
      if (message.id !== latest.current) return;
      setState((s) =>
        message.kind === 'progress'
          ? { status: 'running', stage: message.stage, previous: latestOf(s) }
          : message.kind === 'done'
            ? { status: 'done', extraction: message.extraction }
            : { status: 'failed', problem: message.problem, previous: latestOf(s) },
      );
    };
    setState((s) => ({ status: 'running', stage: 'reading', previous: latestOf(s) }));
    worker.current.postMessage({ id, local });
  }, [local]);

  return state;
}
