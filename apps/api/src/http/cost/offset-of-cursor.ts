/**
 * The position after an offset cursor (Pothos's `OffsetConnection:<n>`, base64), or null for any other cursor.
 * Ranked suggestions rank everything up to the page they return, so a deep `after` costs more.
 */
export function offsetOfCursor(cursor: unknown): number | null {
  if (typeof cursor !== 'string') return null;
  const match = /^OffsetConnection:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match ? Number(match[1]) + 1 : null;
}
