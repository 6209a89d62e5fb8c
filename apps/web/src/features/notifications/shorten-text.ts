/** How much of a notification's body the inbox shows at first; the rest unfolds on request. */
export const NOTIFICATION_BODY_LIMIT = 280;

/**
 * The first `limit` characters of a text, ended at a word boundary with "…", so a 2,000-character message does not
 * fill the inbox. A text that fits comes back as it is.
 */
export function shortenText(text: string, limit = NOTIFICATION_BODY_LIMIT): { text: string; isShortened: boolean } {
  // Count characters, not UTF-16 units, so an emoji is never cut in half.
  const characters = Array.from(text);
  if (characters.length <= limit) return { text, isShortened: false };
  const head = characters.slice(0, limit - 1).join('');
  const lastSpace = head.search(/\s\S*$/);
  // Cut at the last word boundary, unless that would drop most of the text (one very long word).
  const cut = lastSpace > limit * 0.6 ? head.slice(0, lastSpace) : head;
  return { text: `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`, isShortened: true };
}
