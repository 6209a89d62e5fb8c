import { MS_PER_DAY } from './scoring-rules.ts';

/** Interns strings to small integers so compiled profiles compare cities, countries and currencies as numbers. */
export class StringTable {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }
}

/** Everything scoring needs about "now" and the interned vocabulary, shared by a job and the candidates it meets. */
export type MatchContext = {
  now: Date;
  nowDay: number;
  nowYear: number;
  countries: StringTable;
  currencies: StringTable;
  /** Cities as written, for evidence and for rebuilding profiles. */
  cities: StringTable;
  /** Normalised city names ("  New York " -> "new york"), for comparisons. */
  cityKeys: StringTable;
  timeZones: StringTable;
  /** UTC offset in minutes at `now`, by time-zone id. */
  timeZoneOffsets: number[];
};

export function createMatchContext(now: Date): MatchContext {
  const nowMs = now.getTime();
  return {
    now: new Date(nowMs),
    nowDay: Math.floor(nowMs / MS_PER_DAY),
    nowYear: now.getUTCFullYear(),
    countries: new StringTable(),
    currencies: new StringTable(),
    cities: new StringTable(),
    cityKeys: new StringTable(),
    timeZones: new StringTable(),
    timeZoneOffsets: [],
  };
}

export function normalizeCity(city: string): string {
  return city.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Interns a time zone and records its offset at `now` (the zone must already be validated). */
export function internTimeZone(context: MatchContext, timeZone: string, offset: number): number {
  const id = context.timeZones.intern(timeZone);
  context.timeZoneOffsets[id] = offset;
  return id;
}
