import type { Viewer } from '../../context.ts';
import type { ChangeActor } from './append-change.ts';

/** The change log's actor for a request's viewer. */
export function changeActorOf(viewer: Viewer): ChangeActor {
  return viewer.kind === 'user' ? { actorUserId: viewer.userId, actorApiKeyId: null } : { actorUserId: null, actorApiKeyId: viewer.apiKeyId };
}
