import type { Extraction } from '../../extract/extract-all';
import type { LocalReport } from '../../intake/local-extraction';

/** What the add view asks its worker: one report with the review's decisions so far. */
export interface ExtractionRequest {
  id: number;
  local: LocalReport;
}

/** The worker's answers: where it is, then the extraction or the problem that stopped it. */
export type ExtractionMessage =
  | { id: number; kind: 'progress'; stage: 'reading' | 'extracting' | 'reviewing' }
  | { id: number; kind: 'done'; extraction: Extraction }
  | { id: number; kind: 'failed'; problem: string };
