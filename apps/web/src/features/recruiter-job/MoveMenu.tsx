import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { MOVE_TARGET_WORDS, MOVE_TARGETS, type MoveDecision, type MoveTarget } from './board-moves';

type Props = {
  candidateName: string;
  decide: (target: MoveTarget) => MoveDecision;
  onChoose: (target: MoveTarget) => void;
};

/**
 * The keyboard's way to move a card: "Move to…" opens the columns, those the proposal can reach first; the others
 * say why not. Arrows move between them, Enter picks, Escape closes and returns to the button.
 */
export function MoveMenu({ candidateName, decide, onChoose }: Props) {
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const options = MOVE_TARGETS.map((target) => ({ target, decision: decide(target) })).filter(
    ({ decision }) => decision.ok || !decision.reason.startsWith('The proposal is already'),
  );
  const ordered = [...options.filter(({ decision }) => decision.ok), ...options.filter(({ decision }) => !decision.ok)];

  useEffect(() => {
    if (isOpen) listRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [isOpen]);

  function close() {
    setIsOpen(false);
    buttonRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const items = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    }
  }

  return (
    <div
      className="move-menu"
      onBlur={(event) => {
        if (isOpen && !event.currentTarget.contains(event.relatedTarget as Node | null)) setIsOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet move-menu__button"
        aria-expanded={isOpen}
        aria-controls={`${id}-menu`}
        onClick={() => setIsOpen((open) => !open)}
      >
        Move to…<span className="visually-hidden"> ({candidateName})</span>
      </button>
      {isOpen && (
        <ul id={`${id}-menu`} ref={listRef} className="move-menu__list" aria-label={`Move ${candidateName} to`} onKeyDown={onKeyDown}>
          {ordered.map(({ target, decision }) => (
            <li key={target}>
              <button
                type="button"
                className={decision.ok ? 'move-menu__item' : 'move-menu__item move-menu__item--refused'}
                aria-disabled={decision.ok ? undefined : true}
                aria-describedby={decision.ok ? undefined : `${id}-${target}-why`}
                onClick={() => {
                  setIsOpen(false);
                  buttonRef.current?.focus();
                  onChoose(target);
                }}
              >
                {MOVE_TARGET_WORDS[target]}
                {!decision.ok && (
                  <span className="move-menu__why" id={`${id}-${target}-why`}>
                    {decision.reason}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
