export interface RankingCache {
  /**
   * The ranking for `key` at index `position`, computed once and shared by every request asking for it while the
   * index stays at that position within the same minute; `position` null (index not built yet) is never cached.
   */
  get<T>(position: bigint | null, key: string, rank: () => Promise<T>): Promise<T>;
}

const MINUTE_MS = 60_000;

/**
 * Rankings are a pure function of the index (which moves only when its change-log position does), the profile
 * ranked, the filters, k, and the moment: the engine reads the day, the year and each time zone's offset, all of
 * which stay the same within a clock minute (time-zone transitions fall on whole minutes). So a ranking keyed by
 * position, minute and request is the one a fresh ranking would return, and a page many people reload (a job's
 * suggestions) is ranked and explained once instead of per request. Results are shared: callers must not mutate them.
 */
export function createRankingCache({ maxEntries = 64, now = Date.now }: { maxEntries?: number; now?: () => number } = {}): RankingCache {
  const entries = new Map<string, Promise<unknown>>();
  return {
    get<T>(position: bigint | null, key: string, rank: () => Promise<T>): Promise<T> {
      if (position === null) return rank();
      const fullKey = `${position}|${Math.floor(now() / MINUTE_MS)}|${key}`;
      const cached = entries.get(fullKey);
      if (cached) {
        // Least recently used goes first: re-insert on every hit.
        entries.delete(fullKey);
        entries.set(fullKey, cached);
        return cached as Promise<T>;
      }
      const ranked = rank();
      entries.set(fullKey, ranked);
      ranked.catch(() => entries.delete(fullKey));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return ranked;
    },
  };
}
