const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

let knownZones: string[] | null = null;
let knownCurrencies: Array<{ code: string; label: string }> | null = null;

/** Every IANA zone the browser knows, with `current` kept even when the browser spells it differently. */
export function timeZoneOptions(current: string): string[] {
  knownZones ??= [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort((a, b) => a.localeCompare(b));
  return !current || knownZones.includes(current) ? knownZones : [current, ...knownZones];
}

/** "EUR – Euro" for each ISO-4217 currency the browser knows, `current` kept. */
export function currencyOptions(current: string): Array<{ code: string; label: string }> {
  knownCurrencies ??= Intl.supportedValuesOf('currency').map((code) => ({ code, label: currencyLabel(code) }));
  return !current || knownCurrencies.some((option) => option.code === current)
    ? knownCurrencies
    : [{ code: current, label: currencyLabel(current) }, ...knownCurrencies];
}

function currencyLabel(code: string): string {
  let name: string | undefined;
  try {
    name = currencyNames.of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${code} – ${name}` : code;
}

/** "Germany" for "DE"; null when the code is not a country. */
export function countryName(code: string): string | null {
  if (!/^[A-Za-z]{2}$/.test(code.trim())) return null;
  try {
    return regionNames.of(code.trim().toUpperCase()) ?? null;
  } catch {
    return null;
  }
}
