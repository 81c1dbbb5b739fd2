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

/** Every figure found, with its sentence and what was read; each can be accepted, rejected or changed, with a reason. */
export function FigureReview({ lang, found, review, indicators, indicatorName, onDecide }: Props) {
  return (
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
        {found.map((o) => {
          const decision = review.decisions[o.observation_id];
          const set = decision?.kind === 'change' ? decision.set : {};
          const change = (patch: Partial<typeof set>) =>
            onDecide(o.observation_id, { kind: 'change', set: { ...set, ...patch }, reason: decision?.reason ?? m(lang, 'defaultChangeReason') });
          const [before, number, after] = numberInQuote(o);
          return (
            <tr key={o.observation_id} data-testid="review-row" className={decision?.kind === 'reject' ? 'rejected' : undefined}>
              <td className="quote">
                {before}
                <mark>{number}</mark>
                {after}
              </td>
              <td>
                <Choice label={m(lang, 'indicator')} value={set.indicator_id ?? o.indicator_id} options={indicators.map((i) => i.indicator_id)} text={indicatorName} onChange={(indicator_id) => change({ indicator_id })} />
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
                  <input
                    aria-label={m(lang, 'reason')}
                    className="reason"
                    value={decision.reason}
                    onChange={(e) => onDecide(o.observation_id, { ...decision, reason: e.target.value })}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
