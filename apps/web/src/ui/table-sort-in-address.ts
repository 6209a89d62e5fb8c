import type { TableSort } from './table-sort';

/**
 * "?sort=title&dir=asc" → the table's sort, when the column is one of `keys`; else the list's default. Kept in the
 * address so a reload, "Back" or a shared link shows the list in the same order.
 */
export function tableSortFromSearch(search: string, keys: readonly string[], fallback: TableSort): TableSort {
  const params = new URLSearchParams(search);
  const key = params.get('sort');
  if (!key || !keys.includes(key)) return fallback;
  return { key, direction: params.get('dir') === 'asc' ? 'ascending' : 'descending' };
}

/** The address's query with the sort put in (or taken out when it is the default); other parameters are kept. */
export function searchWithTableSort(search: string, sort: TableSort, fallback: TableSort): string {
  const params = new URLSearchParams(search);
  params.delete('sort');
  params.delete('dir');
  if (sort.key !== fallback.key || sort.direction !== fallback.direction) {
    params.set('sort', sort.key);
    params.set('dir', sort.direction === 'ascending' ? 'asc' : 'desc');
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
