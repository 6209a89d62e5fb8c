import { Fragment, useId } from 'react';
import { groupEventTypes, type EventTypeInfo } from './event-type-groups';

/** The form's choice: every event (the API's empty list, so types added later come too), or those ticked. */
export type EventTypeChoice = { isAll: boolean; chosen: readonly string[] };

/** What the API is sent: an empty list means every type. */
export function eventTypesToSend(choice: EventTypeChoice): string[] {
  return choice.isAll ? [] : [...choice.chosen];
}

/** The choice an endpoint's list stands for. */
export function choiceOf(eventTypes: readonly string[]): EventTypeChoice {
  return { isAll: eventTypes.length === 0, chosen: eventTypes };
}

/** "Only these" with nothing ticked would be sent as an empty list, which means all: the form says so first. */
export function eventTypeChoiceError(choice: EventTypeChoice): string | null {
  return !choice.isAll && choice.chosen.length === 0 ? 'Choose at least one event, or “All events”.' : null;
}

/**
 * "Events": all of them, or a choice grouped by what they are about (proposals, interviews, candidates, jobs), each
 * type with what it means read with its checkbox; a group can be ticked or cleared at once.
 */
export function EventTypeFields({
  eventTypes,
  choice,
  onChange,
  error,
}: {
  eventTypes: readonly EventTypeInfo[];
  choice: EventTypeChoice;
  onChange: (choice: EventTypeChoice) => void;
  error: string | undefined;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const groups = groupEventTypes(eventTypes);

  function toggle(type: string) {
    const chosen = choice.chosen.includes(type) ? choice.chosen.filter((t) => t !== type) : [...choice.chosen, type];
    onChange({ isAll: false, chosen });
  }

  function setGroup(types: readonly string[], isChosen: boolean) {
    const rest = choice.chosen.filter((t) => !types.includes(t));
    onChange({ isAll: false, chosen: isChosen ? [...rest, ...types] : rest });
  }

  return (
    <fieldset className="event-choices" aria-describedby={error ? errorId : undefined}>
      <legend>Events</legend>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      <div className="event-choices__mode">
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={choice.isAll}
            onChange={() => onChange({ ...choice, isAll: true })}
            aria-describedby={`${id}-all-hint`}
          />
          All events
        </label>
        <p className="field__hint event-choices__hint" id={`${id}-all-hint`}>
          Every change, including kinds of event Shortlist adds later.
        </p>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={!choice.isAll}
            onChange={() => onChange({ ...choice, isAll: false })}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
          Only the events I choose
        </label>
      </div>
      {!choice.isAll && (
        <div className="event-choices__groups">
          {groups.map((group) => {
            const types = group.types.map((info) => info.type);
            const isWholeGroup = types.every((type) => choice.chosen.includes(type));
            return (
              <fieldset key={group.name} className="event-choices__group">
                <legend>{group.name}</legend>
                <button type="button" className="button-link event-choices__group-toggle" onClick={() => setGroup(types, !isWholeGroup)}>
                  {isWholeGroup ? 'Clear' : 'Select all'}{' '}
                  <span className="visually-hidden">{group.name.toLowerCase()} events</span>
                </button>
                {group.types.map((info) => (
                  <div key={info.type} className="event-choice">
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={choice.chosen.includes(info.type)}
                        onChange={() => toggle(info.type)}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={[error ? errorId : null, `${id}-${info.type}`].filter(Boolean).join(' ')}
                      />
                      <code className="event-choice__type">{info.type}</code>
                    </label>
                    <p className="field__hint event-choice__means" id={`${id}-${info.type}`}>
                      <WithCode text={info.description} />
                    </p>
                  </div>
                ))}
              </fieldset>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}

/** The API's descriptions mark field names in backticks (`data.changed`): shown as code, as partners will meet them. */
function WithCode({ text }: { text: string }) {
  return text.split('`').map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>));
}
