import { useState } from 'react';
import type { Observation } from '../../domain/observation';
import { qualifiers, scopes } from '../../domain/observation';
import { formatValue, type Lang } from '../../lib/format';
import { t, type MessageKey } from '../../lib/i18n';
import type { IndicatorOption } from '../../sql/catalog-query';
import { Choice } from './Choice';
import { m } from './messages';
import { numberInQuote, type FigureDecision, type Review } from './review';

interface Props {
  lang: Lang;
  /** The figures as the extraction gives them before any decision, one row each. */
  found: Observation[];
  review: Review;
  indicators: IndicatorOption[];
  indicatorName(id: string): string;
  onDecide(observationId: string, decision: FigureDecision | null): void;
}

interface RowProps extends Omit<Props, 'found'> {
  observation: Observation;
}

/** One figure. The indicator select (the whole catalog) is drawn only once asked for: a long report has hundreds of rows. */
function FigureRow({ lang, observation: o, review, indicators, indicatorName, onDecide }: RowProps) {
  const [choosing, setChoosing] = useState(false);
  const decision = review.decisions[o.observation_id];
  const set = decision?.kind === 'change' ? decision.set : {};
  const change = (patch: Partial<typeof set>) =>
    onDecide(o.observation_id, { kind: 'change', set: { ...set, ...patch }, reason: decision?.reason ?? m(lang, 'defaultChangeReason') });
  const [before, number, after] = numberInQuote(o);
  const indicatorId = set.indicator_id ?? o.indicator_id;
  return (
    <tr data-testid="review-row" className={decision?.kind === 'reject' ? 'rejected' : undefined}>
      <td className="quote">
        {before}
        <mark>{number}</mark>
        {after}
      </td>
      <td>
        {choosing ? (
          <Choice label={m(lang, 'indicator')} value={indicatorId} options={indicators.map((i) => i.indicator_id)} text={indicatorName} onChange={(indicator_id) => change({ indicator_id })} />
        ) : (
          <>
            {indicatorName(indicatorId)}{' '}
            <button type="button" className="link" data-testid="change-indicator" onClick={() => setChoosing(true)}>
              {m(lang, 'changeIndicator')}
            </button>
          </>
        )}
      </td>
      <td className="number">{formatValue(o.value, o.unit, set.qualifier ?? o.qualifier, lang)}</td>
      <td>
        <Choice label={m(lang, 'qualifier')} value={set.qualifier ?? o.qualifier} options={qualifiers} text={(q) => t(lang, `qualifier_${q}` as MessageKey)} onChange={(qualifier) => change({ qualifier })} />
      </td>
      <td>
        <Choice label={m(lang, 'scope')} value={set.scope ?? o.scope} options={scopes} text={(s) => t(lang, `scope_${s}` as MessageKey)} onChange={(scope) => change({ scope })} />
      </td>
      <td>
        <label>
          <input
            type="checkbox"
            data-testid="accept-figure"
            checked={decision?.kind !== 'reject'}
            onChange={(e) => onDecide(o.observation_id, e.target.checked ? null : { kind: 'reject', class: 'not_measured', reason: m(lang, 'defaultRejectReason') })}
          />
          {m(lang, decision?.kind === 'reject' ? 'reject' : 'accept')}
        </label>
        {decision && (
          <input aria-label={m(lang, 'reason')} className="reason" value={decision.reason} onChange={(e) => onDecide(o.observation_id, { ...decision, reason: e.target.value })} />
        )}
      </td>
    </tr>
  );
}

const page = 100;

/**
 * Every figure found, with its sentence and what was read; each can be accepted, rejected or changed, with a reason.
 * A hundred rows at a time: a long report's several hundred rows, each with its selects, would take the page seconds to draw.
 */
export function FigureReview({ found, ...rest }: Props) {
  const { lang } = rest;
  const [rows, setRows] = useState(page);
  return (
    <>
      <table className="review-table" data-testid="review-table">
        <thead>
          <tr>
            <th>{m(lang, 'sentence')}</th>
            <th>{m(lang, 'indicator')}</th>
            <th>{m(lang, 'value')}</th>
            <th>{m(lang, 'qualifier')}</th>
            <th>{m(lang, 'scope')}</th>
            <th>{m(lang, 'decision')}</th>
          </tr>
        </thead>
        <tbody>
          {found.slice(0, rows).map((o) => (
            <FigureRow key={o.observation_id} observation={o} {...rest} />
          ))}
        </tbody>
      </table>
      {found.length > rows && (
        <button type="button" data-testid="more-figures" onClick={() => setRows((n) => n + page)}>
          {m(lang, 'moreFigures').replace('{n}', String(Math.min(page, found.length - rows))).replace('{left}', String(found.length - rows))}
        </button>
      )}
    </>
  );
}
