/**
 * The `next` address to return to after signing in, when it is a path on this site; null otherwise, so a crafted
 * link cannot send someone who just typed their password to another site.
 */
export function safeNextPath(next: string | null, origin: string = window.location.origin): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return null;
  }
  // The URL parser drops tabs and newlines ("/\t/evil.test" becomes "//evil.test"), so compare the result too.
  if (url.origin !== origin || url.pathname === '/sign-in') return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
