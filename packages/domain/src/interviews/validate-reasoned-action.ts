import { REASONS_BY_KIND, type Party, type ReasonedActionKind, type ReasonFor } from './types.ts';

export const MESSAGE_MIN_LENGTH = 10;
export const MESSAGE_MAX_LENGTH = 2_000;
export const REASON_TEXT_MIN_LENGTH = 3;
export const REASON_TEXT_MAX_LENGTH = 500;

export type ReasonedActionField = 'reason' | 'reasonText' | 'message';
export type FieldError<Field extends string> = { field: Field; message: string };

export type ValidReasonedAction<K extends ReasonedActionKind> = {
  reason: ReasonFor<K>;
  /** Trimmed; null when not given. Required (3–500 characters) for OTHER. */
  reasonText: string | null;
  /** Trimmed. */
  message: string;
};

export type ReasonedActionValidation<K extends ReasonedActionKind> =
  | { ok: true; value: ValidReasonedAction<K> }
  | { ok: false; fieldErrors: Array<FieldError<ReasonedActionField>> };

/** Who reads the message when the caller does not say: the other side of the usual actor. */
const DEFAULT_AUDIENCE: Record<ReasonedActionKind, Party> = {
  decline: 'RECRUITER',
  declineOffer: 'RECRUITER',
  withdraw: 'RECRUITER',
  cancel: 'RECRUITER',
  reject: 'CANDIDATE',
};

const AUDIENCE_WORDS: Record<Party, string> = {
  CANDIDATE: 'the candidate',
  RECRUITER: 'the recruiter',
  CLIENT: 'the client',
};

// Counted in code points, so an emoji is one character as the person typing sees it.
const lengthOf = (text: string) => Array.from(text).length;
const trimmedOrNull = (text: string | null | undefined) => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/**
 * Checks the reason and message every decline, withdrawal, cancellation and rejection needs, with one readable
 * message per field. `audience` is who will read the message (a recruiter withdrawing writes to the candidate);
 * by default the recruiter, or the candidate for a rejection.
 */
export function validateReasonedAction<K extends ReasonedActionKind>(
  kind: K,
  input: { reason?: string | null; reasonText?: string | null; message?: string | null },
  options: { audience?: Party } = {},
): ReasonedActionValidation<K> {
  const fieldErrors: Array<FieldError<ReasonedActionField>> = [];
  const reasons: readonly string[] = REASONS_BY_KIND[kind];

  const reason = trimmedOrNull(input.reason);
  if (reason === null) fieldErrors.push({ field: 'reason', message: 'Choose a reason.' });
  else if (!reasons.includes(reason)) fieldErrors.push({ field: 'reason', message: 'Choose one of the listed reasons.' });

  const reasonText = trimmedOrNull(input.reasonText);
  if (reasonText !== null && lengthOf(reasonText) > REASON_TEXT_MAX_LENGTH) {
    fieldErrors.push({ field: 'reasonText', message: `Keep the reason to ${REASON_TEXT_MAX_LENGTH} characters or fewer.` });
  } else if (reason === 'OTHER' && (reasonText === null || lengthOf(reasonText) < REASON_TEXT_MIN_LENGTH)) {
    fieldErrors.push({ field: 'reasonText', message: 'Say in a few words why.' });
  }

  const message = trimmedOrNull(input.message) ?? '';
  const reader = AUDIENCE_WORDS[options.audience ?? DEFAULT_AUDIENCE[kind]];
  if (lengthOf(message) < MESSAGE_MIN_LENGTH) {
    fieldErrors.push({
      field: 'message',
      message: `Write a short message ${reader} will read (at least ${MESSAGE_MIN_LENGTH} characters).`,
    });
  } else if (lengthOf(message) > MESSAGE_MAX_LENGTH) {
    fieldErrors.push({ field: 'message', message: 'Keep the message to 2,000 characters or fewer.' });
  }

  if (fieldErrors.length > 0 || reason === null) return { ok: false, fieldErrors };
  return { ok: true, value: { reason: reason as ReasonFor<K>, reasonText, message } };
}
