import { useEffect, useRef } from 'react';

/** A success message to show; a new `id` for each one, so the same words said twice still take focus again. */
export type Notice = { text: string; id: number };

let lastId = 0;

/** A Notice for `text`, unlike any given before. */
export function newNotice(text: string): Notice {
  lastId += 1;
  return { text, id: lastId };
}

/**
 * What just went through ("Offer recorded."), taking focus when it appears: a keyboard or screen-reader user whose
 * dialog closed (or whose button went away) lands on the news rather than on the page's top. Nothing when null.
 */
export function SuccessNotice({ notice }: { notice: Notice | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const id = notice?.id;
  useEffect(() => {
    // After any dialog has closed (and handed focus back to its opener): passive effects run after unmounts.
    if (id !== undefined) ref.current?.focus();
  }, [id]);
  if (!notice) return null;
  return (
    <div ref={ref} role="status" tabIndex={-1} className="notice notice--success">
      <p>
        <strong>{notice.text}</strong>
      </p>
    </div>
  );
}
