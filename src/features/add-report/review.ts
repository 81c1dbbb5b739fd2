import type { Curation } from '../../domain/curation';
import type { NotIndicatorClass } from '../../domain/mentions';
import type { Observation, Qualifier, Scope } from '../../domain/observation';

/** The analyst's decision about one figure the extractor found, keyed by its observation id. */
export type FigureDecision =
  | { kind: 'reject'; class: NotIndicatorClass; reason: string }
  | { kind: 'change'; set: { indicator_id?: string; qualifier?: Qualifier; scope?: Scope }; reason: string };

/** A figure the analyst added by picking a number in the text. */
export interface AddedFigure {
  mentionStart: number;
  mention: string;
  value: number;
  quote: string;
  quoteStart: number;
  indicatorId: string;
  qualifier: Qualifier;
  scope: Scope;
  reason: string;
}

export interface Review {
  decisions: Record<string, FigureDecision>;
  added: AddedFigure[];
}

export const emptyReview: Review = { decisions: {}, added: [] };

/** The review as data/curation.jsonl lines, in a fixed order: decisions on found figures, then additions. */
export function curationOf(reportId: string, review: Review): Curation[] {
  const decided = Object.entries(review.decisions)
    .toSorted(([a], [b]) => a.localeCompare(b))
    .map(([observationId, d]): Curation =>
      d.kind === 'reject'
        ? { action: 'reject', observation_id: observationId, class: d.class, reason: d.reason }
        : { action: 'correct', observation_id: observationId, set: d.set, reason: d.reason },
    );
  const added = review.added.map((a): Curation => ({
    action: 'add', report_id: reportId, indicator_id: a.indicatorId, quote: a.quote, quote_start: a.quoteStart,
    value: a.value, value_text: a.mention, qualifier: a.qualifier, scope: a.scope, reason: a.reason,
  }));
  return [...decided, ...added];
}

/** The sentence a number stands in, up to the number's end: the quote of a figure added by hand. */
export function quoteFor(text: string, mentionStart: number, mentionEnd: number): { quote: string; quoteStart: number } {
  const before = Math.max(...['。', '；', '\n', '！', '？'].map((stop) => text.lastIndexOf(stop, mentionStart - 1)));
  const quoteStart = before + 1;
  return { quote: text.slice(quoteStart, mentionEnd), quoteStart };
}

/** Where the number of a figure stands inside its quote, for highlighting. */
export function numberInQuote(o: Pick<Observation, 'quote' | 'value_text'>): [string, string, string] {
  const quote = o.quote ?? '';
  const text = o.value_text ?? '';
  const at = text === '' ? -1 : quote.lastIndexOf(text);
  return at < 0 ? [quote, '', ''] : [quote.slice(0, at), text, quote.slice(at + text.length)];
}

/** A bundle's curation lines as a review again, so that an imported report opens with its decisions. */
export function reviewOfCuration(curation: Curation[]): Review {
  const review: Review = { decisions: {}, added: [] };
  for (const c of curation) {
    if (c.action === 'reject') review.decisions[c.observation_id] = { kind: 'reject', class: c.class, reason: c.reason };
    else if (c.action === 'correct') {
      const { value: _value, ...set } = c.set;
      review.decisions[c.observation_id] = { kind: 'change', set, reason: c.reason };
    } else if (c.action === 'add') {
      review.added.push({
        mentionStart: c.quote_start + c.quote.length - c.value_text.length, mention: c.value_text, value: c.value, quote: c.quote,
        quoteStart: c.quote_start, indicatorId: c.indicator_id, qualifier: c.qualifier, scope: c.scope, reason: c.reason,
      });
    }
  }
  return review;
}
