import type { Viewer } from '../../context.ts';

/** Whose bucket a request draws on: the API key's, the signed-in person's, or the anonymous caller's IP address. */
export function budgetKeyOf(viewer: Viewer | null, ip: string | undefined): string {
  if (viewer?.kind === 'partner') return `key:${viewer.apiKeyId}`;
  if (viewer?.kind === 'user') return `user:${viewer.userId}`;
  return `ip:${ip ?? 'unknown'}`;
}
