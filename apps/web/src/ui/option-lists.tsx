import { memo } from 'react';
import { currencyOptions, timeZoneOptions } from './zone-and-currency-options';

// Long <option> lists, memoised: the form re-renders on every keystroke, and these hundreds of options never change.

export const TimeZoneOptions = memo(function TimeZoneOptions({ current }: { current: string }) {
  return timeZoneOptions(current).map((zone) => (
    <option key={zone} value={zone}>
      {zone}
    </option>
  ));
});

export const CurrencyOptions = memo(function CurrencyOptions({ current }: { current: string }) {
  return currencyOptions(current).map(({ code, label }) => (
    <option key={code} value={code}>
      {label}
    </option>
  ));
});

const OLDEST_YEAR = 1950;

/** This year back to 1950, most recent first (and `current`, when older). */
export const YearOptions = memo(function YearOptions({ current }: { current: string }) {
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - OLDEST_YEAR + 1 }, (_, i) => String(thisYear - i));
  if (current && !years.includes(current)) years.push(current);
  return years.map((year) => (
    <option key={year} value={year}>
      {year}
    </option>
  ));
});
