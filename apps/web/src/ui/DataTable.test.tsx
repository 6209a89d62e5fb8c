import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { DataTable, type DataTableColumn } from './DataTable';
import { sortRows } from './sort-rows';
import type { TableSort } from './table-sort';

afterEach(cleanup);

type Person = { id: string; name: string; city: string | null; openings: number };

const people: Person[] = [
  { id: '1', name: 'Bea Lind', city: 'Berlin', openings: 3 },
  { id: '2', name: 'ada Moss', city: null, openings: 10 },
  { id: '3', name: 'Cem Okan', city: 'Amsterdam', openings: 2 },
];

const columns: DataTableColumn[] = [
  { key: 'name', header: 'Name', sortable: true },
  { key: 'city', header: 'City', sortable: true },
  { key: 'openings', header: 'Openings', sortable: true, numeric: true, firstDirection: 'descending' },
  { key: 'actions', header: 'Actions', hideHeader: true },
];

function People({ rows = people }: { rows?: Person[] }) {
  const [sort, setSort] = useState<TableSort | null>({ key: 'name', direction: 'ascending' });
  const shown = sortRows(rows, sort, { name: (p) => p.name, city: (p) => p.city, openings: (p) => p.openings });
  return (
    <DataTable
      caption="People"
      columns={columns}
      rows={shown}
      rowKey={(p) => p.id}
      sort={sort}
      onSortChange={setSort}
      empty={<p>Nobody yet.</p>}
      renderRow={(p) => (
        <tr>
          <td>{p.name}</td>
          <td>{p.city ?? '—'}</td>
          <td>{p.openings}</td>
          <td />
        </tr>
      )}
    />
  );
}

function namesInOrder(): string[] {
  const [, ...bodyRows] = within(screen.getByRole('table', { name: 'People' })).getAllByRole('row');
  return bodyRows.map((row) => within(row).getAllByRole('cell')[0]!.textContent!);
}

describe('a sortable table', () => {
  test('names its sortable columns as buttons and says which one the rows are sorted by', () => {
    render(<People />);

    const name = screen.getByRole('columnheader', { name: 'Name' });
    expect(name.getAttribute('aria-sort')).toBe('ascending');
    expect(within(name).getByRole('button', { name: 'Name' })).toBeDefined();
    expect(screen.getByRole('columnheader', { name: 'City' }).getAttribute('aria-sort')).toBeNull();
    // A column with a hidden header still has its name for screen readers, and no button.
    expect(within(screen.getByRole('columnheader', { name: 'Actions' })).queryByRole('button')).toBeNull();
    expect(namesInOrder()).toEqual(['ada Moss', 'Bea Lind', 'Cem Okan']);
  });

  test('sorts by another column when its header is pressed, and the other way round when pressed again', () => {
    render(<People />);

    fireEvent.click(screen.getByRole('button', { name: 'Openings' }));
    expect(screen.getByRole('columnheader', { name: 'Openings' }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBeNull();
    expect(namesInOrder()).toEqual(['ada Moss', 'Bea Lind', 'Cem Okan']);

    fireEvent.click(screen.getByRole('button', { name: 'Openings' }));
    expect(screen.getByRole('columnheader', { name: 'Openings' }).getAttribute('aria-sort')).toBe('ascending');
    expect(namesInOrder()).toEqual(['Cem Okan', 'Bea Lind', 'ada Moss']);
  });

  test('puts rows without a value last whichever way the column is sorted', () => {
    render(<People />);

    fireEvent.click(screen.getByRole('button', { name: 'City' }));
    expect(namesInOrder()).toEqual(['Cem Okan', 'Bea Lind', 'ada Moss']);
    fireEvent.click(screen.getByRole('button', { name: 'City' }));
    expect(namesInOrder()).toEqual(['Bea Lind', 'Cem Okan', 'ada Moss']);
  });

  test('keeps the header buttons reachable with the keyboard, in column order', () => {
    render(<People />);

    const buttons = screen.getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Name', 'City', 'Openings']);
    for (const button of buttons) {
      expect(button.tagName).toBe('BUTTON');
      expect(button.getAttribute('type')).toBe('button');
      expect(button.tabIndex).toBe(0);
    }
  });

  test('shows the empty state instead of a header row over nothing', () => {
    render(<People rows={[]} />);

    expect(screen.getByText('Nobody yet.')).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
