import type { TableSort } from './table-sort';

type SortValue = string | number | null | undefined;

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * The rows in the table's order, by the value each column reads from a row (strings by the reader's collation,
 * numbers and ISO dates by value); empty values go last either way; ties keep their order. Rows unchanged when
 * the column has no reader (it is sorted elsewhere, e.g. by the API).
 */
export function sortRows<Row>(
  rows: readonly Row[],
  sort: TableSort | null,
  valueOf: Readonly<Record<string, (row: Row) => SortValue>>,
): readonly Row[] {
  const read = sort ? valueOf[sort.key] : undefined;
  if (!sort || !read) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: read(row) }))
    .sort((a, b) => {
      const aEmpty = a.value === null || a.value === undefined || a.value === '';
      const bEmpty = b.value === null || b.value === undefined || b.value === '';
      if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map(({ row }) => row);
}
