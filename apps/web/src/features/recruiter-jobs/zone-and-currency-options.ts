const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency' });

/** Every IANA zone the browser knows, with `current` kept even when the browser spells it differently. */
export function timeZoneOptions(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  if (current) zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

/** "EUR – Euro" for each ISO-4217 currency the browser knows, `current` kept. */
export function currencyOptions(current: string): Array<{ code: string; label: string }> {
  const codes = new Set(Intl.supportedValuesOf('currency'));
  if (current) codes.add(current);
  return [...codes].sort().map((code) => {
    let name: string | undefined;
    try {
      name = currencyNames.of(code);
    } catch {
      name = undefined;
    }
    return { code, label: name && name !== code ? `${code} – ${name}` : code };
  });
}
