import { useEffect, useMemo, useState } from 'react';
import type { Jurisdiction } from '../../domain/catalog';
import { searchDivisions, type Division } from '../../intake/divisions';
import { loadDivisions } from '../divisions/load-divisions';
import type { Lang } from '../../lib/format';
import { m } from './messages';

export function useDivisions(): Division[] | null {
  const [divisions, setDivisions] = useState<Division[] | null>(null);
  useEffect(() => void loadDivisions().then(setDivisions), []);
  return divisions;
}

interface Props {
  lang: Lang;
  divisions: Division[] | null;
  value: Division | null;
  known: Jurisdiction[];
  onChange(division: Division): void;
}

const labelOf = (d: Division) => [d.provinceName, d.parentName !== d.provinceName ? d.parentName : null, d.name].filter((x, i, all) => x && all.indexOf(x) === i).join(' › ');

/** Search the division list by Chinese name (either script), English name where known, or code. */
export function DivisionPicker({ lang, divisions, value, known, onChange }: Props) {
  const [query, setQuery] = useState('');
  const english = useMemo(() => new Map(known.map((j) => [j.division_code, j.name_en])), [known]);
  const results = divisions && query !== '' ? searchDivisions(divisions, query, english) : [];
  return (
    <div className="division-picker">
      <label>
        {m(lang, 'jurisdiction')}
        <input data-testid="division-search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={value ? `${labelOf(value)} (${value.code})` : ''} />
      </label>
      {value && (
        <p data-testid="division-picked">
          {labelOf(value)} · {value.code}
        </p>
      )}
      {results.length > 0 && (
        <ul role="listbox">
          {results.map((d) => (
            <li key={d.code}>
              <button type="button" data-testid={`division-${d.code}`} onClick={() => { onChange(d); setQuery(''); }}>
                {labelOf(d)} · {d.code}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
