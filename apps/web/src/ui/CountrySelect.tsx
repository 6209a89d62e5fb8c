import { memo, type ReactNode } from 'react';
import { ISO_COUNTRY_CODES } from '@shortlist/domain/forms';
import { Field } from './Field';
import { countryName } from './zone-and-currency-options';

let byName: Array<{ code: string; name: string }> | null = null;

/** Every ISO 3166-1 country by its English name (the code is the value), sorted by name. */
export function countryOptions(): Array<{ code: string; name: string }> {
  byName ??= ISO_COUNTRY_CODES.map((code) => ({ code, name: countryName(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return byName;
}

const CountryOptions = memo(function CountryOptions({ current }: { current: string }) {
  const options = countryOptions();
  const isKnown = options.some((option) => option.code === current);
  return (
    <>
      <option value="" disabled={current !== ''}>
        Choose a country
      </option>
      {current && !isKnown && <option value={current}>{current} (not a country code)</option>}
      {options.map(({ code, name }) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </>
  );
});

/**
 * The country as a choice of names (B3): nobody types "Germany" into a two-letter box and publishes "GE" (Georgia).
 * Typing the first letters of a name in the closed list jumps to it, as in any <select>.
 */
export function CountrySelect({
  value,
  onChange,
  error,
  hint,
  label = 'Country',
  className,
}: {
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  label?: ReactNode;
  className?: string;
}) {
  return (
    <Field label={label} error={error} hint={hint} {...(className ? { className } : {})}>
      {(control) => (
        <select {...control} autoComplete="country" value={value} onChange={(event) => onChange(event.target.value)}>
          <CountryOptions current={value} />
        </select>
      )}
    </Field>
  );
}
