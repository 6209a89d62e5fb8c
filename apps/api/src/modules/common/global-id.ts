import { decodeGlobalID } from '@pothos/plugin-relay';
import { NotFoundError } from '../errors/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The database id behind a global ID of this type, or null when it is not one (malformed, or another type). */
export function idFromGlobalId(globalId: string, typename: string): string | null {
  try {
    const decoded = decodeGlobalID(globalId);
    return decoded.typename === typename && UUID.test(decoded.id) ? decoded.id : null;
  } catch {
    return null;
  }
}

/**
 * The database id inside a global ID of the expected type. Anything else (a malformed ID, or the ID of
 * another type) reads as "not found", so an ID never reveals more than a missing object would.
 */
export function decodeGlobalIdOf(typename: string, globalId: string, what = typename): string {
  const id = idFromGlobalId(globalId, typename);
  if (id === null) throw new NotFoundError(`No ${what} with this ID.`);
  return id;
}
