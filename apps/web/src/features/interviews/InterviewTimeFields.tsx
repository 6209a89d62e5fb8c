import { useId } from 'react';
import type { InterviewFormat } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format-date-time';
import { INTERVIEW_FORMATS, interviewFormatInWords } from '../../words/interview-format-in-words';
import { localTimeToUtc } from './convert-local-time';
import './interview-time-fields.css';
import { INTERVIEW_LENGTHS, type InterviewTimeDraft } from './interview-time-draft';

// The draft lives in its own module so a page can start one without loading these fields (they load with their dialog).
export { DEFAULT_INTERVIEW_LENGTH, INTERVIEW_LENGTHS, newInterviewTimeDraft, type InterviewTimeDraft } from './interview-time-draft';

/** Messages from the API for one interview time, by the input field they came from. */
export type InterviewTimeErrors = Partial<Record<'startsAt' | 'endsAt' | 'timeZone' | 'format' | 'location', string>>;

/** The draft as the API's interview time: start and end as instants, in the zone it was picked in. */
export function toInterviewTimeInput(draft: InterviewTimeDraft, timeZone: string) {
  const startsAt = localTimeToUtc(draft.start, timeZone);
  if (!startsAt) return null;
  const endsAt = new Date(new Date(startsAt).getTime() + draft.lengthMinutes * 60_000).toISOString();
  return { startsAt, endsAt, timeZone, format: draft.format, location: draft.location.trim() || null };
}

/** Picks up the field paths of one interview time ("slots.0.startsAt" with prefix "slots.0.", or "startsAt"). */
export function interviewTimeErrorsOf(fields: Record<string, string>, prefix = ''): InterviewTimeErrors {
  const errors: InterviewTimeErrors = {};
  for (const name of ['startsAt', 'endsAt', 'timeZone', 'format', 'location'] as const) {
    const message = fields[`${prefix}${name}`];
    if (message) errors[name] = message;
  }
  return errors;
}

type Props = {
  legend: string;
  draft: InterviewTimeDraft;
  onChange: (draft: InterviewTimeDraft) => void;
  errors: InterviewTimeErrors;
  /** The recruiter's zone: the start is read in it. */
  timeZone: string;
  candidate: { firstName: string; timeZone: string };
  onRemove?: () => void;
};

/** Start, length, format and place of one interview, with the start also shown as the candidate will read it. */
export function InterviewTimeFields({ legend, draft, onChange, errors, timeZone, candidate, onRemove }: Props) {
  const id = useId();
  const startsAt = localTimeToUtc(draft.start, timeZone);
  const startError = errors.startsAt ?? errors.timeZone;
  const lengths = [...new Set([...INTERVIEW_LENGTHS, draft.lengthMinutes])].sort((a, b) => a - b);
  const ids = (...parts: Array<string | false | undefined>) => parts.filter(Boolean).join(' ') || undefined;

  return (
    <fieldset className="interview-time">
      <legend>{legend}</legend>
      <div className="interview-time__grid">
        <div className="field interview-time__start">
          <label htmlFor={`${id}-start`}>Start ({timeZone})</label>
          <input
            id={`${id}-start`}
            type="datetime-local"
            value={draft.start}
            onChange={(event) => onChange({ ...draft, start: event.target.value })}
            aria-invalid={startError ? true : undefined}
            aria-describedby={ids(`${id}-candidate-time`, !!startError && `${id}-start-error`)}
          />
          <p className="field__hint" id={`${id}-candidate-time`}>
            {startsAt
              ? `For ${candidate.firstName}: ${formatDateTime(startsAt, candidate.timeZone)}`
              : `${candidate.firstName} will see it in their zone (${candidate.timeZone}).`}
          </p>
          {startError && (
            <p className="field__error" id={`${id}-start-error`}>
              {startError}
            </p>
          )}
        </div>

        <div className="field">
          <label htmlFor={`${id}-length`}>Length</label>
          <select
            id={`${id}-length`}
            value={draft.lengthMinutes}
            onChange={(event) => onChange({ ...draft, lengthMinutes: Number(event.target.value) })}
            aria-invalid={errors.endsAt ? true : undefined}
            aria-describedby={ids(!!errors.endsAt && `${id}-length-error`)}
          >
            {lengths.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} minutes
              </option>
            ))}
          </select>
          {errors.endsAt && (
            <p className="field__error" id={`${id}-length-error`}>
              {errors.endsAt}
            </p>
          )}
        </div>

        <div className="field">
          <label htmlFor={`${id}-format`}>Format</label>
          <select
            id={`${id}-format`}
            value={draft.format}
            onChange={(event) => onChange({ ...draft, format: event.target.value as InterviewFormat })}
            aria-invalid={errors.format ? true : undefined}
            aria-describedby={ids(!!errors.format && `${id}-format-error`)}
          >
            {INTERVIEW_FORMATS.map((format) => (
              <option key={format} value={format}>
                {interviewFormatInWords[format]}
              </option>
            ))}
          </select>
          {errors.format && (
            <p className="field__error" id={`${id}-format-error`}>
              {errors.format}
            </p>
          )}
        </div>

        <div className="field interview-time__location">
          <label htmlFor={`${id}-location`}>Location or link</label>
          <input
            id={`${id}-location`}
            type="text"
            value={draft.location}
            placeholder={draft.format === 'ONSITE' ? 'Street address' : draft.format === 'PHONE' ? 'Phone number' : 'https://…'}
            onChange={(event) => onChange({ ...draft, location: event.target.value })}
            aria-invalid={errors.location ? true : undefined}
            aria-describedby={ids(!!errors.location && `${id}-location-error`)}
          />
          {errors.location && (
            <p className="field__error" id={`${id}-location-error`}>
              {errors.location}
            </p>
          )}
        </div>
      </div>
      {onRemove && (
        <button type="button" className="button button--quiet interview-time__remove" onClick={onRemove} aria-label={`Remove ${legend.toLowerCase()}`}>
          Remove
        </button>
      )}
    </fieldset>
  );
}
