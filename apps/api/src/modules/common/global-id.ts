import { decodeGlobalID } from '@pothos/plugin-relay';
import { NotFoundError } from '../errors/errors.ts';

/**
 * The database id inside a global ID of the expected type. Anything else (a malformed ID, or the ID of
 * another type) reads as "not found", so an ID never reveals more than a missing object would.
 */
export function decodeGlobalIdOf(typename: string, globalId: string, what = typename): string {
  try {
    const { typename: actual, id } = decodeGlobalID(globalId);
    if (actual === typename && /^[0-9a-f-]{36}$/i.test(id)) return id;
  } catch {
    // fall through
  }
  throw new NotFoundError(`No ${what} with this ID.`);
}
