import { memo, useDeferredValue, useMemo } from 'react';
import type { ReviewMention } from './extraction-protocol';
import type { Lang } from '../../lib/format';
import { m } from './messages';

interface Props {
  lang: Lang;
  text: string;
  mentions: ReviewMention[];
  onPick(mention: ReviewMention): void;
}

const titleOf = (mention: ReviewMention) =>
  mention.disposition === 'claimed' ? (mention.observation_id ?? '') : mention.disposition === 'not_indicator' ? (mention.reason ?? '') : `unclaimed${mention.candidate_indicator_id ? ` → ${mention.candidate_indicator_id}?` : ''}`;

interface Line {
  start: number;
  text: string;
  mentions: ReviewMention[];
  /** What the line shows, so that a line a new reading did not change is not drawn again. */
  signature: string;
}

/** The text cut at line ends, each line with the marks that lie in it (overlapping marks after the first are skipped). */
function linesOf(text: string, mentions: readonly ReviewMention[]): Line[] {
  const sorted = mentions.toSorted((a, b) => a.mention_start - b.mention_start);
  const lines: Line[] = [];
  let next = 0;
  let covered = 0;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start) + 1;
    const inLine: ReviewMention[] = [];
    for (; next < sorted.length && sorted[next].mention_start < end; next++) {
      if (sorted[next].mention_start >= covered) inLine.push(sorted[next]);
      covered = Math.max(covered, sorted[next].mention_end);
    }
    lines.push({ start, text: text.slice(start, end), mentions: inLine, signature: inLine.map((x) => `${x.mention_start}:${titleOf(x)}:${x.disposition}`).join('|') });
    start = end;
  }
  return lines;
}

const MarkedLine = memo(
  function MarkedLine({ line, onPick }: { line: Line; onPick(mention: ReviewMention): void }) {
    const parts: React.ReactNode[] = [];
    let at = 0;
    for (const mention of line.mentions) {
      const from = mention.mention_start - line.start;
      parts.push(line.text.slice(at, from));
      parts.push(
        <button
          type="button"
          key={mention.mention_start}
          className={`mention mention-${mention.disposition}`}
          title={titleOf(mention)}
          data-testid={`mention-${mention.mention_start}`}
          disabled={mention.disposition === 'claimed'}
          onClick={() => onPick(mention)}
        >
          {line.text.slice(from, mention.mention_end - line.start)}
        </button>,
      );
      at = mention.mention_end - line.start;
    }
    parts.push(line.text.slice(at));
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
  const lines = useMemo(() => linesOf(text, deferred), [text, deferred]);
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
