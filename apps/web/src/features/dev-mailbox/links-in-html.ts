/**
 * The web links an e-mail's HTML carries, in order and once each, with their words ("Open the proposal"). The frame
 * that shows the e-mail is sandboxed with no permissions, so its links cannot be followed there; the page lists them
 * instead. DOMParser builds an inert document: nothing in it runs or loads.
 */
export function linksInHtml(html: string): Array<{ text: string; href: string }> {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const seen = new Set<string>();
  const links: Array<{ text: string; href: string }> = [];
  for (const anchor of document.querySelectorAll('a[href]')) {
    const href = anchor.getAttribute('href')!.trim();
    if (!/^https?:\/\//i.test(href) || seen.has(href)) continue;
    seen.add(href);
    links.push({ text: anchor.textContent?.replace(/\s+/g, ' ').trim() || href, href });
  }
  return links;
}
