import { columnDocs } from '../../domain/column-docs';
import { publishedTables } from '../../domain/tables';
import type { Lang } from '../../lib/format';
import { m } from './messages';

/** Each table with its columns, types and what they hold; a click on a name puts it into the query. */
export function SchemaPanel({ lang, onInsert }: { lang: Lang; onInsert(name: string): void }) {
  return (
    <aside className="sql-schema" data-testid="sql-schema" aria-label={m(lang, 'schema')}>
      <h3>{m(lang, 'schema')}</h3>
      <p className="hint">{m(lang, 'schemaHint')}</p>
      {publishedTables.map((table) => (
        <details key={table.name} open={table.name === 'observations'}>
          <summary>
            <button type="button" className="link" data-testid={`schema-table-${table.name}`} onClick={() => onInsert(table.name)}>
              {table.name}
            </button>
          </summary>
          <dl>
            {table.columns.map(([column, type]) => (
              <div key={column}>
                <dt>
                  <button type="button" className="link" data-testid={`schema-column-${table.name}-${column}`} onClick={() => onInsert(column)}>
                    {column}
                  </button>{' '}
                  <span className="sql-type">{type}</span>
                </dt>
                <dd>{columnDocs[table.name][column]?.[lang]}</dd>
              </div>
            ))}
          </dl>
        </details>
      ))}
    </aside>
  );
}
