import { useId, type ReactNode } from 'react';
import { buildCsv, downloadCsv } from './build-csv';

export type ChartTable = { columns: string[]; rows: (string | number | null)[][] };

/**
 * One chart with its title and one-line takeaway, the same numbers as a table behind a "Show table" disclosure
 * (read by screen readers and the E2E), and a CSV download of exactly those numbers.
 */
export function ChartCard({
  title,
  takeaway,
  table,
  fileName,
  children,
}: {
  title: string;
  takeaway: string;
  table: ChartTable;
  fileName: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="card insight-card" aria-labelledby={headingId}>
      <header className="insight-card__header">
        <div>
          <h2 id={headingId}>{title}</h2>
          <p className="insight-card__takeaway">{takeaway}</p>
        </div>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => downloadCsv(fileName, buildCsv(table.columns, table.rows))}
        >
          Download CSV<span className="visually-hidden"> of {title.toLowerCase()}</span>
        </button>
      </header>
      <div className="insight-card__chart" aria-hidden="true">
        {children}
      </div>
      <details className="insight-card__table">
        <summary>Show table<span className="visually-hidden"> of {title.toLowerCase()}</span></summary>
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={index}>{cell ?? '—'}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
