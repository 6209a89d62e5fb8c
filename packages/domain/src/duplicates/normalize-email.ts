/** Google's documented rules: dots in the name are ignored and "+anything" still reaches the mailbox. */
const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/** An address as the agency stores it: trimmed and lower-cased (what `@@unique([agencyId, email])` compares). */
export function normalizeEmail(raw: string | null | undefined): string | null {
  const email = raw?.trim().toLowerCase();
  return email ? email : null;
}

/**
 * The mailbox an address reaches, for duplicate detection only: lower case, and for Gmail the name without dots
 * and "+tag", on gmail.com ("Ana.Lee+jobs@googlemail.com" → "analee@gmail.com"), because Google delivers all of
 * them to one inbox. Other providers' plus-addressing is not universal, so their addresses are only lower-cased.
 */
export function mailboxOf(raw: string | null | undefined): string | null {
  const email = normalizeEmail(raw);
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at <= 0) return email;
  const domain = email.slice(at + 1);
  if (!GMAIL_DOMAINS.has(domain)) return email;
  const name = email.slice(0, at).split('+')[0]!.replaceAll('.', '');
  return `${name}@gmail.com`;
}
