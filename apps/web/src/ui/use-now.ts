import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs`: countdowns and notice given stay true, and actions that open at an
 * interview's start appear, while a page stays open.
 */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
