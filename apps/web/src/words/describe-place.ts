const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Berlin, Germany"; "Germany" without a city; a city state ("Singapore") once. */
export function describePlace(city: string | null | undefined, country: string): string {
  const name = countryName(country);
  return city && city !== name ? `${city}, ${name}` : name;
}
