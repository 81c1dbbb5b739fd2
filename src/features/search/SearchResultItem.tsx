import type { Lang } from '../../lib/format';
import type { SearchResult } from '../../search/corpus';
import type { Catalog } from '../catalog/catalog';
import { m } from '../reader/messages';

interface Props {
  result: SearchResult;
  text: string;
  report: string;
  catalog: Catalog;
  lang: Lang;
  onOpen(): void;
}

/** The sentence as written, its hits marked. */
function highlighted(text: string, result: SearchResult) {
  const parts: React.ReactNode[] = [];
  let at = result.start;
  for (const hit of result.hits) {
    if (hit.start < at) continue;
    parts.push(text.slice(at, hit.start), <mark key={hit.start}>{text.slice(hit.start, hit.end)}</mark>);
    at = hit.end;
  }
  parts.push(text.slice(at, result.end));
  return parts;
}

export function SearchResultItem({ result, text, report, catalog, lang, onOpen }: Props) {
  const nameOf = (id: string) => {
    const indicator = catalog.indicators.find((i) => i.indicator_id === id);
    return indicator ? (lang === 'zh' ? indicator.name_zh : indicator.name_en) : id;
  };
  return (
    <li className="search-result" data-testid="search-result" data-report={result.id} data-start={result.start}>
      <button type="button" className="link result-sentence" onClick={onOpen} title={m(lang, 'search_openInReader')} data-testid="result-open">
        {highlighted(text, result)}
      </button>
      <div className="result-report">{report}</div>
      {result.figures.length > 0 && (
        <ul className="result-figures" aria-label={m(lang, 'search_figures')}>
          {result.figures.map((f) => (
            <li key={f.mention_start} data-testid="result-figure">
              {f.indicator_ids.map(nameOf).join(' / ')}: <b>{f.mention}</b>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
