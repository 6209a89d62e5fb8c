import { useEffect } from 'react';

/**
 * While a job's page shows: its JobPosting as `<script type="application/ld+json">` and a meta description in the
 * document's head, both removed (the old description put back) when the page goes. The tab title follows the page's
 * heading (usePageAnnouncement).
 */
export function useJobPostingInHead(posting: Record<string, unknown> | null, description: string | null) {
  const json = posting ? JSON.stringify(posting) : null;
  useEffect(() => {
    if (json === null) return;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.jobPosting = '';
    // textContent is never parsed as HTML; "<" is escaped anyway so the JSON cannot close its script if serialized.
    script.textContent = json.replace(/</g, '\\u003c');
    document.head.appendChild(script);
    return () => script.remove();
  }, [json]);

  useEffect(() => {
    if (description === null) return;
    let meta = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
    const previous = meta?.content ?? null;
    const isOurs = meta === null;
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.appendChild(meta);
    }
    meta.content = description;
    return () => {
      if (isOurs) meta.remove();
      else if (previous !== null) meta.content = previous;
    };
  }, [description]);
}
