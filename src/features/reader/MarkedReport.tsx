import { memo, useMemo } from 'react';
import type { Lang } from '../../lib/format';
import { linesOf, partsOf } from '../../lib/marked-lines';
import type { Mark } from '../../sql/reader-query';
import { markTitle } from './marks';

interface Props {
  text: string;
  marks: Mark[];
  lang: Lang;
  onOpen(mark: Mark): void;
}

const signatureOf = (mark: Mark) => `${mark.mention_start}:${mark.disposition}`;

/** The report text, a line an element (what the scroll position is read from), every number marked by what became of it. */
export const MarkedReport = memo(function MarkedReport({ text, marks, lang, onOpen }: Props) {
  const lines = useMemo(() => linesOf(text, marks, signatureOf), [text, marks]);
  return lines.map((line) => (
    <span key={line.start} className="reader-line" data-start={line.start}>
      {partsOf(line).map(({ text: part, mark }) =>
        !mark ? (
          part || null
        ) : mark.disposition === 'claimed' && mark.observations.length > 0 ? (
          <button key={mark.mention_start} type="button" className="mark mark-claimed" title={markTitle(mark, lang)} data-offset={mark.mention_start} onClick={() => onOpen(mark)}>
            {part}
          </button>
        ) : (
          <span key={mark.mention_start} className={`mark mark-${mark.disposition}`} title={markTitle(mark, lang)} data-offset={mark.mention_start}>
            {part}
          </span>
        ),
      )}
    </span>
  ));
});
