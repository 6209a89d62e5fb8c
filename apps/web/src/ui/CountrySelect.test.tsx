import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, test } from 'vitest';

afterEach(cleanup);
import { CountrySelect } from './CountrySelect';

function Form({ initial = '' }: { initial?: string }) {
  const [country, setCountry] = useState(initial);
  return (
    <>
      <CountrySelect value={country} onChange={setCountry} />
      <output>{country}</output>
    </>
  );
}

describe('CountrySelect (B3)', () => {
  test('offers countries by name with their ISO code as the value, so "Germany" is DE and never "GE"', () => {
    render(<Form />);
    const select = screen.getByRole('combobox', { name: 'Country' });
    expect(within(select).getByRole('option', { name: 'Germany' })).toHaveProperty('value', 'DE');
    expect(within(select).getByRole('option', { name: 'Georgia' })).toHaveProperty('value', 'GE');
    expect(within(select).queryByRole('option', { name: 'European Union' })).toBeNull();
    expect(within(select).getAllByRole('option')).toHaveLength(250);

    fireEvent.change(select, { target: { value: 'DE' } });
    expect(screen.getByRole('status').textContent).toBe('DE');
    expect((select as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Germany');
  });

  test('cannot hold letters that are not a country: typing "GERMANY" leaves no country chosen', () => {
    render(<Form />);
    const select = screen.getByRole('combobox', { name: 'Country' }) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'GERMANY' } });
    expect(select.value).toBe('');
  });

  test('shows a stored code that is not a country as such, so it is not taken for one', () => {
    render(<Form initial="EU" />);
    const select = screen.getByRole('combobox', { name: 'Country' }) as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe('EU (not a country code)');
  });
});
