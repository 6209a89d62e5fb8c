/** How much of a job's description a card shows at most (two lines on a laptop; CSS clamps it on a phone). */
const MAX_EXCERPT_LENGTH = 220;

/** The start of a plain-text description as one line: whitespace folded, cut at a word with "…" when longer. */
export function excerptOf(description: string, maxLength = MAX_EXCERPT_LENGTH): string {
  const text = description.replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
