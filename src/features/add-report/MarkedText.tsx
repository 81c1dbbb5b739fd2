import { memo, useDeferredValue, useMemo } from 'react';
import type { ReviewMention } from './extraction-protocol';
import type { Lang } from '../../lib/format';
import { linesOf, partsOf, type MarkedLine as Line } from '../../lib/marked-lines';
import { m } from './messages';

interface Props {
  lang: Lang;
  text: string;
  mentions: ReviewMention[];
  onPick(mention: ReviewMention): void;
}

const titleOf = (mention: ReviewMention) =>
  mention.disposition === 'claimed' ? (mention.observation_id ?? '') : mention.disposition === 'not_indicator' ? (mention.reason ?? '') : `unclaimed${mention.candidate_indicator_id ? ` → ${mention.candidate_indicator_id}?` : ''}`;

const signatureOf = (mention: ReviewMention) => `${mention.mention_start}:${titleOf(mention)}:${mention.disposition}`;

const MarkedLine = memo(
  function MarkedLine({ line, onPick }: { line: Line<ReviewMention>; onPick(mention: ReviewMention): void }) {
    const parts = partsOf(line).map(({ text, mark }) =>
      mark ? (
        <button
          type="button"
          key={mark.mention_start}
          className={`mention mention-${mark.disposition}`}
          title={titleOf(mark)}
          data-testid={`mention-${mark.mention_start}`}
          disabled={mark.disposition === 'claimed'}
          onClick={() => onPick(mark)}
        >
          {text}
        </button>
      ) : (
        text || null
      ),
    );
    return <span className="text-line">{parts}</span>;
  },
  (a, b) => a.line.start === b.line.start && a.line.text === b.line.text && a.line.signature === b.line.signature && a.onPick === b.onPick,
);

/**
 * The report text with every number marked by what became of it; a number not taken can be picked to add it.
 * A long report has thousands of marks: they are drawn as a deferred, interruptible render, line by line,
 * and a new reading after a decision draws again only the lines it changed.
 */
export function MarkedText({ lang, text, mentions, onPick }: Props) {
  const deferred = useDeferredValue(mentions);
  const lines = useMemo(() => linesOf(text, deferred, signatureOf), [text, deferred]);
  return (
    <section className="marked-text" aria-label={m(lang, 'text')}>
      <h3>{m(lang, 'text')}</h3>
      <p className="legend">
        <span className="mention mention-claimed">{m(lang, 'legendClaimed')}</span> <span className="mention mention-not_indicator">{m(lang, 'legendNot')}</span>{' '}
        <span className="mention mention-unclaimed">{m(lang, 'legendUnclaimed')}</span>
      </p>
      <div className="report-text">
        {lines.map((line) => (
          <MarkedLine key={line.start} line={line} onPick={onPick} />
        ))}
      </div>
    </section>
  );
}
