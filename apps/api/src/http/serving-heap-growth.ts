import { setFlagsFromString } from 'node:v8';

/** Heap growth once serving, overridable with SHORTLIST_HEAP_GROWING_PERCENT (0 leaves V8's own choice). */
export const DEFAULT_HEAP_GROWING_PERCENT = 100;

/**
 * Once the process serves, the old generation may grow to twice what the last full collection kept, not the up to
 * four times V8 picks by itself. Requests leave ~75 MB live, but each promotes a few hundred kB of answers that die
 * soon after, and V8 sizes its next limit from what one collection found live: in some runs a collection fell in a
 * burst of promotions, found ~230 MB live, and let the heap reach ~1 GB before the next one (peak RSS 1.2–1.7 GB at
 * 100,000 candidates, against ~520 MB otherwise). Set after the index is ready, not at start, to leave the build's
 * heap to V8: one cold build of a million candidates with this growth from the start took 124 s (23–30 s without),
 * though that run may have read a cold page cache (a later one without it took 114 s after other runs had evicted
 * the data); not measured apart.
 * Returns the percent set, or null when left to V8.
 */
export function tightenHeapGrowth(percent = Number(process.env.SHORTLIST_HEAP_GROWING_PERCENT ?? DEFAULT_HEAP_GROWING_PERCENT)): number | null {
  if (!Number.isInteger(percent) || percent <= 0) return null;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}
