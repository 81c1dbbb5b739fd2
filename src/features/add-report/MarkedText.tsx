import type { Mention } from '../../domain/mentions';
import type { Lang } from '../../lib/format';
import { m } from './messages';

interface Props {
  lang: Lang;
  text: string;
  mentions: Mention[];
  onPick(mention: Mention): void;
}

const titleOf = (mention: Mention) =>
  mention.disposition === 'claimed' ? (mention.observation_id ?? '') : mention.disposition === 'not_indicator' ? (mention.reason ?? '') : `unclaimed${mention.candidate_indicator_id ? ` → ${mention.candidate_indicator_id}?` : ''}`;

/** The report text with every number marked by what became of it; a number not taken can be picked to add it. */
export function MarkedText({ lang, text, mentions, onPick }: Props) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const mention of mentions.toSorted((a, b) => a.mention_start - b.mention_start)) {
    if (mention.mention_start < at) continue;
    parts.push(text.slice(at, mention.mention_start));
    const taken = mention.disposition === 'claimed';
    parts.push(
      <button
        type="button"
        key={mention.mention_start}
        className={`mention mention-${mention.disposition}`}
        title={titleOf(mention)}
        data-testid={`mention-${mention.mention_start}`}
        disabled={taken}
        onClick={() => onPick(mention)}
      >
        {text.slice(mention.mention_start, mention.mention_end)}
      </button>,
    );
    at = mention.mention_end;
  }
  parts.push(text.slice(at));
  return (
    <section className="marked-text" aria-label={m(lang, 'text')}>
      <h3>{m(lang, 'text')}</h3>
      <p className="legend">
        <span className="mention mention-claimed">{m(lang, 'legendClaimed')}</span> <span className="mention mention-not_indicator">{m(lang, 'legendNot')}</span>{' '}
        <span className="mention mention-unclaimed">{m(lang, 'legendUnclaimed')}</span>
      </p>
      <div className="report-text">{parts}</div>
    </section>
  );
}
