import { useEffect, useRef, useState } from 'react';

const SEARCH_DEBOUNCE_MS = 300;

/**
 * What is typed in a search box whose search lives in the address: written there (by `commit`) once typing pauses,
 * unless the address already says it (`inAddress`), and following the address when that changes under the box
 * (e.g. "Back", "Clear filters").
 */
export function useSearchDraft(
  search: string,
  { inAddress, commit }: { inAddress: () => string; commit: (search: string) => void },
): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(search);
  const [searchShown, setSearchShown] = useState(search);
  const address = useRef({ inAddress, commit });
  address.current = { inAddress, commit };

  if (search !== searchShown) {
    setSearchShown(search);
    if (draft.trim() !== search) setDraft(search);
  }

  useEffect(() => {
    const wanted = draft.trim();
    if (wanted === address.current.inAddress()) return;
    const timer = setTimeout(() => address.current.commit(wanted), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  return [draft, setDraft];
}
