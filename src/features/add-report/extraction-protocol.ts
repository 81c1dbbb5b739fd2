import type { Mention } from '../../domain/mentions';
import type { Extraction } from '../../extract/extract-all';
import type { LocalReport } from '../../intake/local-extraction';

/** A mention as the review needs it: its context is the text around its offsets, which the view has. */
export type ReviewMention = Omit<Mention, 'context'>;

/**
 * What the worker hands back: the extraction without the mentions' context, which is most of its
 * size (a 200,000-character report has thousands of mentions) and would cost the page its copy.
 */
export interface ReviewExtraction {
  observations: Extraction['observations'];
  mentions: ReviewMention[];
}

/** What the add view asks its worker: one report with the review's decisions so far. */
export interface ExtractionRequest {
  id: number;
  local: LocalReport;
}

/** The worker's answers: where it is, then the extraction or the problem that stopped it. */
export type ExtractionMessage =
  | { id: number; kind: 'progress'; stage: 'reading' | 'extracting' | 'reviewing' }
  | { id: number; kind: 'done'; extraction: ReviewExtraction }
  | { id: number; kind: 'failed'; problem: string };
