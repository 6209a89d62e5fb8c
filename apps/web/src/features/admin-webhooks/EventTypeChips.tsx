/** How many chips a row shows before "+ n more" (the endpoint's page lists them all). */
const SHOWN = 3;

/** An endpoint's event types as chips, "All events" for none (every type, including ones added later). */
export function EventTypeChips({ eventTypes, isComplete = false }: { eventTypes: readonly string[]; isComplete?: boolean }) {
  if (eventTypes.length === 0) {
    return (
      <ul className="chip-list" aria-label="Events">
        <li className="chip">All events</li>
      </ul>
    );
  }
  const shown = isComplete ? eventTypes : eventTypes.slice(0, SHOWN);
  const more = eventTypes.length - shown.length;
  return (
    <ul className="chip-list" aria-label="Events">
      {shown.map((type) => (
        <li key={type} className="chip chip--code">
          {type}
        </li>
      ))}
      {more > 0 && <li className="chip chip--more">+ {more} more</li>}
    </ul>
  );
}
