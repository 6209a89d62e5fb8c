import { useEffect } from 'react';

export const LEAVE_QUESTION = 'You have changes that are not saved. Leave this page and lose them?';

/** Whether two drafts hold the same values; list keys (`key`, only for React) and `version` do not count as edits. */
export function isSameDraft(a: unknown, b: unknown): boolean {
  const values = (draft: unknown) => JSON.stringify(draft, (name, value: unknown) => (name === 'key' || name === 'version' ? undefined : value));
  return values(a) === values(b);
}

function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * While a form holds edits that are not saved (B14), leaving asks first: a link to another page (in the app's
 * header, the form's own "Cancel"…) asks "Leave this page and lose them?", and closing or reloading the tab gets the
 * browser's own warning (beforeunload). Saving (which navigates in code) is not asked about.
 */
export function useUnsavedChangesGuard(isDirty: boolean, question: string = LEAVE_QUESTION) {
  useEffect(() => {
    if (!isDirty) return;
    function warnBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault();
      // Older browsers show the warning only when returnValue is set.
      event.returnValue = '';
    }
    // Capture phase on the document: runs before the app's Link, which then sees the click already handled.
    function askBeforeFollowingLink(event: MouseEvent) {
      if (event.defaultPrevented || !isPlainClick(event)) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute('download')) return;
      const to = new URL(anchor.href, window.location.href);
      const isSamePage = to.origin === window.location.origin && to.pathname === window.location.pathname && to.search === window.location.search;
      if (isSamePage) return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    }
    window.addEventListener('beforeunload', warnBeforeUnload);
    document.addEventListener('click', askBeforeFollowingLink, true);
    return () => {
      window.removeEventListener('beforeunload', warnBeforeUnload);
      document.removeEventListener('click', askBeforeFollowingLink, true);
    };
  }, [isDirty, question]);
}
