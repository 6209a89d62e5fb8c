/** More words add a join-heavy OR per word and rarely narrow a search further. */
const MAX_SEARCH_WORDS = 8;

/**
 * The words of a search box, each ready for Prisma's `contains`, which becomes LIKE/ILIKE '%word%' with `\` as the
 * escape character but escapes nothing itself: `%` and `_` would match anything (and "_ _ _ …" forced a slow scan
 * per word), so they and `\` are escaped to match literally.
 */
export function searchWords(search: string | null | undefined): string[] {
  const words = search?.trim().split(/\s+/).filter(Boolean) ?? [];
  return words.slice(0, MAX_SEARCH_WORDS).map((word) => word.replace(/[\\%_]/g, '\\$&'));
}
