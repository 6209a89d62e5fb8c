// The expected failures of the API, as plain classes (no schema here, so builder.ts can use them).
// errors.ts turns each into a GraphQL type implementing `Error`.

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}
export class NotAllowedError extends Error {
  override name = 'NotAllowedError';
  constructor(
    message = 'You are not allowed to see or do this.',
    /** For a partner key: the scope (an ApiKeyScope) that would have allowed it. */
    readonly requiredScope: string | null = null,
  ) {
    super(message);
  }
}
/** Someone else changed the object first (or it cannot move that way from its current status). */
export class InvalidTransitionError extends Error {
  override name = 'InvalidTransitionError';
  constructor(
    message: string,
    readonly currentStatus: string | null = null,
  ) {
    super(message);
  }
}
export interface FieldErrorShape {
  /** The input path, dot-separated: "input.slots.0.startsAt" becomes "slots.0.startsAt". */
  field: string;
  message: string;
}
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(readonly fieldErrors: FieldErrorShape[]) {
    super(fieldErrors.length === 1 ? fieldErrors[0]!.message : `Please correct ${fieldErrors.length} fields.`);
  }
}
export class InvalidCredentialsError extends Error {
  override name = 'InvalidCredentialsError';
  constructor() {
    super('That e-mail and password do not match an account.');
  }
}

