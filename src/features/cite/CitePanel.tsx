import { useState } from 'react';
import { citationText, embedSnippet, embedUrl } from '../../lib/citation';
import { dataVersion } from '../../lib/data-version';
import type { Lang } from '../../lib/format';
import { citeText } from './messages';

interface Props {
  lang: Lang;
  titles: Record<Lang, string>;
  years: readonly number[];
  source: string;
}

function CopyableText({ label, text, lang, testId }: { label: string; text: string; lang: Lang; testId: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="copyable">
      <label>
        {label}
        <textarea readOnly rows={3} value={text} data-testid={testId} onFocus={(e) => e.target.select()} />
      </label>
      <button type="button" onClick={() => navigator.clipboard?.writeText(text).then(() => setCopied(true), () => undefined)}>
        {citeText(lang, copied ? 'copied' : 'copy')}
      </button>
    </div>
  );
}

/** A chart's citation in both languages, with the data version, and the iframe that embeds it. */
export function CitePanel({ lang, titles, years, source }: Props) {
  const url = location.href;
  const view = { titles, years, source, url, version: dataVersion, accessed: new Date().toISOString().slice(0, 10) };
  return (
    <section className="cite-panel" data-testid="cite-panel" aria-label={citeText(lang, 'heading')}>
      <p className="data-version" data-testid="data-version">{citeText(lang, 'version', dataVersion)}</p>
      <CopyableText label={citeText(lang, 'citeZh')} text={citationText('zh', view)} lang={lang} testId="citation-zh" />
      <CopyableText label={citeText(lang, 'citeEn')} text={citationText('en', view)} lang={lang} testId="citation-en" />
      <CopyableText label={citeText(lang, 'embed')} text={embedSnippet(url, titles[lang])} lang={lang} testId="embed-snippet" />
      <a href={embedUrl(url)} target="_blank" rel="noreferrer" data-testid="embed-preview">{citeText(lang, 'preview')}</a>
    </section>
  );
}
