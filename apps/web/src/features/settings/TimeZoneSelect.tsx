import { useId, useMemo, useState } from 'react';
import { Field } from '../../ui/Field';
import { labelTimeZones } from './label-time-zones';

/** A time zone chosen from every IANA zone, labelled with its offset now; a search box above narrows the list. */
export function TimeZoneSelect({ value, onChange, error, label = 'Time zone' }: { value: string; onChange: (zone: string) => void; error?: string | undefined; label?: string }) {
  const [search, setSearch] = useState('');
  const searchId = useId();
  const zones = useMemo(() => labelTimeZones(value, search), [value, search]);
  return (
    <div className="time-zone-select">
      <div className="field">
        <label htmlFor={searchId}>Find a time zone</label>
        <input id={searchId} type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="City or offset, e.g. Berlin or +01" autoComplete="off" />
      </div>
      <Field label={label} error={error} hint={search ? (zones.length === 1 ? '1 zone matches.' : `${zones.length} zones match.`) : undefined}>
        {(control) => (
          <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
            {zones.map(({ zone, label: text }) => (
              <option key={zone} value={zone}>
                {text}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
