import ArrowDown from 'lucide-react/icons/arrow-down';
import ArrowUp from 'lucide-react/icons/arrow-up';
import ChevronsUpDown from 'lucide-react/icons/chevrons-up-down';
import { Fragment, type ReactNode } from 'react';
import { Icon } from './Icon';
import { toggleTableSort, type TableSort } from './table-sort';

export type DataTableColumn = {
  key: string;
  /** The column's name, shown in its header. */
  header: string;
  /** Sortable columns get a header button; `firstDirection` is the way the first click sorts (dates: newest first). */
  sortable?: boolean;
  firstDirection?: TableSort['direction'];
  /** Numbers: right-aligned, tabular figures. */
  numeric?: boolean;
  /** A header read by screen readers only (e.g. a column of row actions). */
  hideHeader?: boolean;
  className?: string;
};

/**
 * A dense table of rows: a caption for screen readers, a sticky header row whose sortable column names are buttons
 * (keyboard usable, the sorted one says so with aria-sort), and `empty` in place of the table when there are no rows.
 * Sorting is the caller's: it passes `sort` and gets `onSortChange` (the API's order, or sortRows on the page).
 * Each row is rendered by `renderRow` as a <tr> (usually a component reading its own fragment).
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  renderRow,
  sort,
  onSortChange,
  empty,
  isStale = false,
  className,
}: {
  caption: string;
  columns: readonly DataTableColumn[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  renderRow: (row: Row) => ReactNode;
  sort?: TableSort | null;
  onSortChange?: (sort: TableSort) => void;
  empty?: ReactNode;
  isStale?: boolean;
  className?: string;
}) {
  if (rows.length === 0 && empty) return <>{empty}</>;
  const classes = ['data-table', isStale && 'data-table--stale', className].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.key} column={column} sort={sort ?? null} onSortChange={onSortChange} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Fragment key={rowKey(row)}>{renderRow(row)}</Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCell({
  column,
  sort,
  onSortChange,
}: {
  column: DataTableColumn;
  sort: TableSort | null;
  onSortChange: ((sort: TableSort) => void) | undefined;
}) {
  const className = [column.numeric && 'data-table__num', column.className].filter(Boolean).join(' ') || undefined;
  if (column.hideHeader) {
    return (
      <th scope="col" className={className}>
        <span className="visually-hidden">{column.header}</span>
      </th>
    );
  }
  if (!column.sortable || !onSortChange) {
    return (
      <th scope="col" className={className}>
        {column.header}
      </th>
    );
  }
  const isSorted = sort?.key === column.key;
  const arrow = !isSorted ? ChevronsUpDown : sort.direction === 'ascending' ? ArrowUp : ArrowDown;
  return (
    <th scope="col" className={className} aria-sort={isSorted ? sort.direction : undefined}>
      <button
        type="button"
        className={isSorted ? 'data-table__sort data-table__sort--active' : 'data-table__sort'}
        onClick={() => onSortChange(toggleTableSort(sort, column.key, column.firstDirection))}
      >
        {column.header}
        <Icon icon={arrow} />
      </button>
    </th>
  );
}
