/** A scrape never waits longer than this for the database; a slow or absent one keeps the gauge's last value. */
const READ_TIMEOUT_MS = 500;

/**
 * A gauge's database read as a scrape allows it: its rows, or null when the database took longer than 500 ms or is
 * away (the gauge then keeps its last value; /healthz says what is down).
 */
export async function withinScrapeTimeout<T>(read: Promise<T>): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), READ_TIMEOUT_MS);
  });
  try {
    return await Promise.race([read, timedOut]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
