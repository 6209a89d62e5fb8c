import { useEffect } from 'react';
import { navigate } from './navigate';

/** Replaces the current address, so "Back" does not return to a page that would redirect again. */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
