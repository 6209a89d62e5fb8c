import type { CSSProperties } from 'react';
import { pickAvatarColours } from './pick-avatar-colours';
import { pickInitials } from './pick-initials';

/**
 * A person's initials on a colour of their own. Next to their written name (the usual case) it is hidden from
 * assistive technology, which would only read the name twice; alone, give it `labelled` so it speaks the name.
 */
export function Avatar({
  name,
  size = 'md',
  labelled = false,
}: {
  name: string;
  size?: 'sm' | 'md' | 'lg';
  /** True when no text nearby says the name: the avatar is then an image named after the person. */
  labelled?: boolean;
}) {
  const { background, text } = pickAvatarColours(name);
  const style = { '--avatar-bg': background, '--avatar-fg': text } as CSSProperties;
  const className = size === 'md' ? 'avatar' : `avatar avatar--${size}`;
  return labelled ? (
    <span className={className} style={style} role="img" aria-label={name}>
      <span aria-hidden="true">{pickInitials(name)}</span>
    </span>
  ) : (
    <span className={className} style={style} aria-hidden="true">
      {pickInitials(name)}
    </span>
  );
}
