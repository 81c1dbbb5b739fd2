import { useEffect, useState } from 'react';
import { t } from '../../lib/i18n';
import type { Lang } from '../../lib/format';
import type { ForeignReport } from '../../state/local-in-view';
import { loadDivisions } from '../divisions/load-divisions';
import type { Catalog } from './catalog';

const divisionCode = /^cn-(\d{6})$/;

/** Names of the places foreign reports name: from the catalog, else from the division list, fetched only for this. */
function usePlaceNames(foreign: readonly ForeignReport[], catalog: Catalog, lang: Lang): Map<string, string> {
  const [divisionNames, setDivisionNames] = useState(new Map<string, string>());
  const needsDivisions = foreign.some((f) => divisionCode.test(f.jurisdictionId));
  useEffect(() => {
    if (needsDivisions) void loadDivisions().then((divisions) => setDivisionNames(new Map(divisions.map((d) => [`cn-${d.code}`, d.name]))));
  }, [needsDivisions]);
  const published = new Map(catalog.places.map((p) => [p.jurisdiction_id, lang === 'zh' ? p.name_zh : p.name_en]));
  return new Map(foreign.map((f) => [f.jurisdictionId, published.get(f.jurisdictionId) ?? divisionNames.get(f.jurisdictionId) ?? f.jurisdictionId]));
}

interface Props {
  foreign: ForeignReport[];
  catalog: Catalog;
  lang: Lang;
  onImport(): void;
  onDismiss(): void;
}

/** A link made where local reports were kept: the published data is drawn, and this says what is missing and how to get it. */
export function ForeignReportsNotice({ foreign, catalog, lang, onImport, onDismiss }: Props) {
  const names = usePlaceNames(foreign, catalog, lang);
  const list = foreign.map((f) => `${names.get(f.jurisdictionId)}${lang === 'zh' ? '，' : ', '}${f.year}`).join(lang === 'zh' ? '；' : '; ');
  return (
    <div className="notice" role="status" data-testid="foreign-reports-notice">
      <span>{t(lang, 'foreignReports').replace('{reports}', list)}</span>{' '}
      <button type="button" onClick={onImport}>
        {t(lang, 'importBundle')}
      </button>{' '}
      <button type="button" onClick={onDismiss}>
        {t(lang, 'dismiss')}
      </button>
    </div>
  );
}
