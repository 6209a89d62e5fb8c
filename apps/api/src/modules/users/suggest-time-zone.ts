import { getCountry, getTimezone } from 'countries-and-timezones';
import { isIsoCountryCode } from '@shortlist/domain/forms';
import type * as CityTimezones from 'city-timezones';

/**
 * The IANA zone a place is most likely in: the most populous city of that name in that country (city-timezones), else
 * the country's zone when all of its zones keep the same clock (Germany's two, Berlin and Büsingen's Zurich), else null
 * (a US town we do not know: the person picks). Case and accents of the city do not matter.
 *
 * city-timezones (a 2 MB table of cities) is loaded on the first question with a city, not with the server: every
 * start parsed and built it before answering anything, for a field few requests ask.
 */
export async function suggestTimeZone(city: string | null | undefined, country: string): Promise<string | null> {
  const code = country.trim().toUpperCase();
  if (!isIsoCountryCode(code)) return null;
  const name = (city ?? '').trim();
  if (name) {
    const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const wanted = fold(name);
    // `default`, not named exports: it is CommonJS, and in the esbuild bundle (dist/) its chunk exports nothing else
    // (Node gives `default` too). test/built-bundle.test.ts asks the bundle.
    const { findFromCityStateProvince, lookupViaCity } = ((await import('city-timezones')) as unknown as { default: typeof CityTimezones }).default;
    const found = lookupViaCity(name)
      .concat(findFromCityStateProvince(name))
      .filter((entry) => entry.iso2 === code && (fold(entry.city) === wanted || fold(entry.city_ascii ?? '') === wanted))
      .sort((a, b) => (b.pop ?? 0) - (a.pop ?? 0))[0];
    if (found?.timezone) return found.timezone;
  }
  const zones = getCountry(code)?.timezones ?? [];
  const clocks = new Set(zones.map((zone) => {
    const info = getTimezone(zone);
    return info ? `${info.utcOffset}/${info.dstOffset}` : zone;
  }));
  return zones.length > 0 && clocks.size === 1 ? zones[0]! : null;
}
