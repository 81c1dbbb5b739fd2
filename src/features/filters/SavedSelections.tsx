import { useId, useState } from 'react';
import type { Lang } from '../../lib/format';
import { t } from '../../lib/i18n';
import { readSavedSelections, withSelection, writeSavedSelections, type SavedSelection } from '../../state/saved-selections';

interface Props {
  lang: Lang;
  current: readonly string[];
  onApply(items: string[]): void;
}

/** The analyst's own peer groups: the current choice of places saved under a name, to be picked again. */
export default function SavedSelections({ lang, current, onApply }: Props) {
  const id = useId();
  const [saved, setSaved] = useState(() => readSavedSelections(localStorage));
  const [name, setName] = useState('');
  const keep = (next: SavedSelection[]) => {
    writeSavedSelections(localStorage, next);
    setSaved(next);
  };
  return (
    <details className="saved-selections" data-testid="saved-selections">
      <summary>{t(lang, 'savedSelections')} ({saved.length})</summary>
      <p className="hint">{t(lang, 'savedOnlyHere')}</p>
      <ul>
        {saved.map((s) => (
          <li key={s.name}>
            <button type="button" onClick={() => onApply(s.items)} data-testid="apply-selection">{t(lang, 'applySelection')}</button>{' '}
            <span>{s.name} ({s.items.length})</span>{' '}
            <button type="button" onClick={() => keep(saved.filter((x) => x !== s))} aria-label={`${t(lang, 'deleteSelection')} ${s.name}`}>×</button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() === '' || current.length === 0) return;
          keep(withSelection(saved, { name: name.trim(), items: [...current] }));
          setName('');
        }}
      >
        <label htmlFor={`${id}-name`}>{t(lang, 'selectionName')}</label>{' '}
        <input id={`${id}-name`} value={name} maxLength={60} onChange={(e) => setName(e.target.value)} data-testid="selection-name" />{' '}
        <button type="submit" disabled={current.length === 0 || name.trim() === ''} data-testid="save-selection">{t(lang, 'saveSelection')}</button>
      </form>
    </details>
  );
}
