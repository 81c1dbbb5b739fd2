import type { Lang } from '../lib/format';
import { t } from '../lib/i18n';
import type { CellRow } from '../sql/cells-query';
import { cellTooltip, escapeHtml } from './chart-common';

/** A value's tooltip led by the report it comes from, for the views that set values of several reports side by side. */
export function provenanceTooltip(cell: CellRow, lang: Lang): string {
  const body = lang === 'zh' ? cell.reporting_body_zh : cell.reporting_body_en;
  const report = cell.report_id ? `${t(lang, 'source')}: ${escapeHtml(body ?? '')} ${cell.year} (${escapeHtml(cell.report_id)})<br/>` : '';
  return `${report}${cellTooltip(cell, lang)}`;
}
