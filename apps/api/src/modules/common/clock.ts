import { readFileSync } from 'node:fs';

/** Where the time comes from: the system's, or (tests of reminders and digests) one a test moves forward. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/**
 * The process's clock. Outside production, `SHORTLIST_TEST_CLOCK_FILE` names a file holding an offset in
 * milliseconds that is added to the real time (re-read at most every 100 ms), so a test can move several API
 * processes a day forward at once without waiting. In production, or without the variable, the system's clock.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const file = env.SHORTLIST_TEST_CLOCK_FILE;
  if (!file || env.NODE_ENV === 'production') return systemClock;
  let offsetMs = 0;
  let readAt = 0;
  return () => {
    const realNow = Date.now();
    if (realNow - readAt >= 100) {
      readAt = realNow;
      try {
        const value = Number(readFileSync(file, 'utf8').trim());
        offsetMs = Number.isFinite(value) ? value : 0;
      } catch {
        offsetMs = 0; // no file yet: no offset
      }
    }
    return new Date(realNow + offsetMs);
  };
}
