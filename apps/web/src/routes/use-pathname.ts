import { useSyncExternalStore } from 'react';
import { subscribeToLocation } from './navigate';

export function usePathname(): string {
  return useSyncExternalStore(subscribeToLocation, () => window.location.pathname);
}
