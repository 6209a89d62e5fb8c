import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * A dialog whose code loads when it first opens, not with its page (issue 13: every page's first JavaScript within
 * 150 KB): same props as the dialog, and its own Suspense boundary, so the page stays on screen while the code
 * arrives (a moment, announced as "Opening…") instead of the page's loading fallback. The dialog moves focus into
 * itself when it mounts (ModalDialog's showModal), so it still gets focus once loaded; the opener keeps it meanwhile.
 */
export function lazyDialog<Props extends object>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  return lazyPart(
    load,
    <span className="visually-hidden" role="status">
      Opening…
    </span>,
  );
}

/** A part of a page drawn after the rest (a form further down, a step after an answer), its code loaded on first use. */
export function lazyPart<Props extends object>(load: () => Promise<ComponentType<Props>>, fallback: ReactNode): ComponentType<Props> {
  const Part = lazy(async () => ({ default: await load() }));
  return function LazyPart(props: Props) {
    return (
      <Suspense fallback={fallback}>
        <Part {...props} />
      </Suspense>
    );
  };
}
