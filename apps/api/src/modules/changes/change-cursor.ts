import { GraphQLError } from 'graphql';

const PREFIX = 'change:';
/** The largest position a bigint column holds. */
export const MAX_POSITION = 2n ** 63n - 1n;

/** The opaque cursor of a change-log position: base64url of `change:<position>`. */
export function encodeChangeCursor(position: bigint): string {
  return Buffer.from(`${PREFIX}${position}`, 'utf8').toString('base64url');
}

/**
 * The position behind a cursor of `changes`. Anything else (garbage, a cursor of another connection) is refused
 * with BAD_USER_INPUT rather than read as "nothing new", which would leave a partner's mirror silently stale.
 */
export function decodeChangeCursor(cursor: string, argument: 'after' | 'before' = 'after'): bigint {
  const decoded = /^[A-Za-z0-9_-]{1,64}={0,2}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^change:(0|[1-9]\d{0,18})$/.exec(decoded);
  const position = match ? BigInt(match[1]!) : null;
  if (position === null || position > MAX_POSITION) {
    throw new GraphQLError(
      `"${argument}" is not a cursor of "changes". Pass a cursor, endCursor or headCursor that "changes" returned, or omit it to read from the ${argument === 'after' ? 'start' : 'end'}.`,
      { extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', argument } },
    );
  }
  return position;
}
