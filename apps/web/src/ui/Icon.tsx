import type { LucideIcon } from 'lucide-react';

/**
 * A lucide icon, imported one by one by its caller (`import Bell from 'lucide-react/icons/bell'`) so only the icons
 * in use are bundled. Decorative (aria-hidden) unless given a label, which it then speaks as an image.
 */
export function Icon({ icon: Glyph, label, size, className }: { icon: LucideIcon; label?: string; size?: number; className?: string }) {
  const classes = className ? `icon ${className}` : 'icon';
  if (label) return <Glyph className={classes} size={size} role="img" aria-label={label} focusable="false" />;
  return <Glyph className={classes} size={size} aria-hidden="true" focusable="false" />;
}
