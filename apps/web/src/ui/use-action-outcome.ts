import { useEffect, useRef, useState } from 'react';

/**
 * How the last action on a detail page went, for pages whose forms disappear once they succeed: what was done (to
 * confirm in words), or that someone else changed the thing first (say so, and reload the page's data). Focus moves
 * to whichever notice appears, so it is not lost to the page when the form or button that had it goes away.
 */
export function useActionOutcome<Done>({ subject, reload }: { subject: string; reload: () => void }) {
  const [done, setDone] = useState<Done | null>(null);
  const [staleMessage, setStaleMessage] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const staleRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) noticeRef.current?.focus();
  }, [done]);
  useEffect(() => {
    if (staleMessage) staleRef.current?.focus();
  }, [staleMessage]);

  return {
    done,
    staleMessage,
    noticeRef,
    staleRef,
    finish(next: Done) {
      setStaleMessage(null);
      setDone(next);
    },
    markStale(message: string) {
      setDone(null);
      setStaleMessage(`${message} The ${subject} changed in the meantime; the page now shows where it stands.`);
      reload();
    },
  };
}
