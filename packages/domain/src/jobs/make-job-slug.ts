/** How many characters of the title and city a job's address keeps before its ID's last hex digits. */
const WORDS_MAX_LENGTH = 60;

/**
 * A job's public address, `/jobs/<slug>`: its title and city as lower-case words joined by hyphens (diacritics
 * stripped, "Zürich" → "zurich"; at most 60 characters), then the last 12 hex digits of its ID, which make it
 * unique. The same shape as the migration that gave existing jobs theirs (which could not strip diacritics).
 */
export function makeJobSlug(job: { id: string; title: string; city?: string | null }): string {
  const words = `${job.title} ${job.city ?? ''}`
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, WORDS_MAX_LENGTH)
    .replace(/-+$/, '');
  const idDigits = job.id.replace(/-/g, '').toLowerCase().slice(-12);
  return words ? `${words}-${idDigits}` : idDigits;
}
