import type { z } from 'zod';
import { builder } from '../../builder.ts';
import {
  InvalidCredentialsError,
  InvalidTransitionError,
  NotAllowedError,
  NotFoundError,
  ValidationError,
  type FieldErrorShape,
} from './expected-errors.ts';

// Expected failures are part of the schema: each mutation returns a union of its success type and these,
// all implementing `Error { message }`, so a client can switch on __typename and show the message.

export {
  InvalidCredentialsError,
  InvalidTransitionError,
  NotAllowedError,
  NotFoundError,
  ValidationError,
  type FieldErrorShape,
} from './expected-errors.ts';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure a client can show to the person: read `message`, switch on __typename.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The object does not exist, or is not visible to you.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
});
builder.objectType(NotAllowedError, {
  name: 'NotAllowedError',
  description: 'You are signed in, but this action is not yours to take.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotAllowedError,
});
builder.objectType(InvalidTransitionError, {
  name: 'InvalidTransitionError',
  description: 'The object is no longer in a state that allows this, usually because someone changed it first.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidTransitionError,
  fields: (t) => ({
    currentStatus: t.exposeString('currentStatus', { nullable: true, description: 'The status it has now.' }),
  }),
});
builder.objectType(InvalidCredentialsError, {
  name: 'InvalidCredentialsError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidCredentialsError,
});

const FieldError = builder.objectRef<FieldErrorShape>('FieldError').implement({
  description: 'What is wrong with one input field.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Path of the field in the input, e.g. "slots.0.startsAt".' }),
    message: t.exposeString('message'),
  }),
});
builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'Some input fields are invalid; each has its own message.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({ fieldErrors: t.field({ type: [FieldError], resolve: (e) => e.fieldErrors }) }),
});

/**
 * Validates a mutation's input inside the resolver, after authorization ran (so a caller who may not use a
 * mutation learns nothing from its validation), and throws a ValidationError listing every bad field.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'input', message: issue.message })),
  );
}
