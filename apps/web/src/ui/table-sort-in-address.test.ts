import { describe, expect, test } from 'vitest';
import { searchWithTableSort, tableSortFromSearch } from './table-sort-in-address';

const newestFirst = { key: 'created', direction: 'descending' } as const;
const keys = ['title', 'updated', 'created'];

describe('a table’s sort in the address', () => {
  test('reads a known column and its direction, and falls back to the list’s default for anything else', () => {
    expect(tableSortFromSearch('?sort=title&dir=asc', keys, newestFirst)).toEqual({ key: 'title', direction: 'ascending' });
    expect(tableSortFromSearch('?sort=updated', keys, newestFirst)).toEqual({ key: 'updated', direction: 'descending' });
    expect(tableSortFromSearch('?sort=salary&dir=asc', keys, newestFirst)).toEqual(newestFirst);
    expect(tableSortFromSearch('', keys, newestFirst)).toEqual(newestFirst);
  });

  test('writes the sort next to the filters already there, and leaves the default out of the address', () => {
    expect(searchWithTableSort('?status=OPEN&q=go', { key: 'title', direction: 'ascending' }, newestFirst)).toBe(
      '?status=OPEN&q=go&sort=title&dir=asc',
    );
    expect(searchWithTableSort('?status=OPEN&sort=title&dir=asc', newestFirst, newestFirst)).toBe('?status=OPEN');
    expect(searchWithTableSort('?sort=title&dir=asc', newestFirst, newestFirst)).toBe('');
  });
});
