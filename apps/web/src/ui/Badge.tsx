import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Icon } from './Icon';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** A small pill for a fact or a status, in one of five tones. */
export function Badge({ tone = 'neutral', icon, className, children }: { tone?: Tone; icon?: LucideIcon; className?: string; children: ReactNode }) {
  return (
    <span className={`badge badge--${tone}${className ? ` ${className}` : ''}`}>
      {icon && <Icon icon={icon} />}
      {children}
    </span>
  );
}

/**
 * A status in words with its tone: states that need someone to act (a reschedule request, a late cancellation, a
 * no-show) carry an icon as well as a colour, so the colour is never the only signal.
 */
export function StatusBadge({ tone, icon, children }: { tone: Tone; icon?: LucideIcon; children: ReactNode }) {
  return (
    <span className={`badge badge--${tone} status-badge`}>
      {icon ? <Icon icon={icon} /> : <span className="badge__dot" aria-hidden="true" />}
      {children}
    </span>
  );
}
