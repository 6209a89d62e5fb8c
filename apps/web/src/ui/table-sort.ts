/** Which column a table is sorted by and which way (the words aria-sort uses). */
export type TableSort = { key: string; direction: 'ascending' | 'descending' };

/** The sort after a click on a column's header: the other way round if it is the sorted column, else its first way. */
export function toggleTableSort(current: TableSort | null, key: string, firstDirection: TableSort['direction'] = 'ascending'): TableSort {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: firstDirection };
}
