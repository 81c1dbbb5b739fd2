import type { ConsoleCell, ConsoleResult } from '../../db/console-connection';

/** Rows drawn at once: the page stays quick; the CSV holds every row read. */
export const shownRowLimit = 500;

const cellText = (cell: ConsoleCell) => (cell === null ? 'NULL' : String(cell));

/** The answer as a plain table, its first rows only. */
export function ResultTable({ result }: { result: ConsoleResult }) {
  return (
    <div className="sql-result-scroll">
      <table data-testid="sql-result">
        <thead>
          <tr>
            {result.columns.map((c, i) => (
              <th key={i} scope="col" title={c.type}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.slice(0, shownRowLimit).map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => (
                <td key={i} className={cell === null ? 'null' : result.columns[i].kind === 'number' ? 'number' : undefined}>
                  {cellText(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The same rows as CSV cells: booleans as written by SQL. */
export const csvRowsOf = (result: ConsoleResult) => result.rows.map((row) => row.map((cell) => (typeof cell === 'boolean' ? String(cell) : cell)));
