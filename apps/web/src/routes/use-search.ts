import { useSyncExternalStore } from 'react';
import { subscribeToLocation } from './navigate';

/** The query string of the current address, e.g. "?next=%2Frecruiter" (empty when there is none). */
export function useSearch(): string {
  return useSyncExternalStore(subscribeToLocation, () => window.location.search);
}
