import { useEffect, useRef } from 'react';

const APP_NAME = 'Shortlist';

/**
 * After an in-app move to another address, a screen-reader or keyboard user should land where a full page load
 * would put them: the tab title names the page, and focus moves to its heading (once the page has rendered it),
 * unless the page already placed focus inside itself (an autofocused field, an open dialog) or the person has moved it
 * since (opened the account menu while the page loads: taking focus from it would snap the menu shut). Pages render their h1
 * asynchronously (a lazy chunk, then their query), so this watches the DOM for it.
 */
export function usePageAnnouncement(pathname: string) {
  const isFirstRender = useRef(true);

  useEffect(() => {
    const shouldMoveFocus = !isFirstRender.current; // a fresh page load starts at the top anyway
    isFirstRender.current = false;
    let focusedHeading: HTMLElement | null = null;
    // Where focus was when the move happened: the link or button that moved, usually.
    const focusAtMove = document.activeElement;

    const update = () => {
      const main = document.querySelector<HTMLElement>('main');
      const heading = main?.querySelector<HTMLElement>('h1') ?? null;
      const name = heading?.textContent?.trim();
      const title = name ? `${name} · ${APP_NAME}` : APP_NAME;
      if (document.title !== title) document.title = title;

      if (!shouldMoveFocus || !heading || !main) return;
      const active = document.activeElement;
      // Focus fell to the body, or still rests where the move left it; not inside the page, nor somewhere the person
      // has taken it since.
      const focusIsElsewhere = !active || active === document.body || (active === focusAtMove && !main.contains(active));
      // Focus the heading once; again only if the page swapped it (loading → loaded) and focus fell to the body.
      if (focusedHeading === null ? focusIsElsewhere : !focusedHeading.isConnected && focusIsElsewhere) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
        focusedHeading = heading;
      }
    };

    update();
    const observer = new MutationObserver(update);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [pathname]);
}
