import type { Actor } from './types.ts';

const ACTOR_WORDS: Record<Actor, string> = {
  CANDIDATE: 'the candidate',
  RECRUITER: 'the recruiter',
  CLIENT: 'the client',
  SYSTEM: 'Shortlist',
};

/** "the candidate", "the recruiter or the client", "the candidate, the recruiter or the client". */
export function describeActors(actors: readonly Actor[]): string {
  const words = actors.map((actor) => ACTOR_WORDS[actor]);
  if (words.length <= 1) return words[0] ?? 'nobody';
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
