import type { Viewer } from '../../context.ts';

export type ViewerKind = 'anonymous' | 'user' | 'partner';

/** Who made the request, as a kind only: access lines carry no personal data (no user, key or agency ID). */
export function viewerKindOf(viewer: Viewer | null | undefined): ViewerKind {
  return viewer?.kind ?? 'anonymous';
}
