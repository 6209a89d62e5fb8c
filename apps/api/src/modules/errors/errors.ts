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
  fields: (t) => ({ message: t.exposeString('message', { description: 'What went wrong, in a sentence written for the person using your product.' }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description:
    'Returned when an ID names nothing you may see: the object does not exist, was deleted, belongs to another agency, or the ID is of another type. These look the same on purpose.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
});
builder.objectType(NotAllowedError, {
  name: 'NotAllowedError',
  description:
    'Returned when the action is not yours to take: your role may not do it (a candidate acting for a recruiter), or a partner key lacks the scope (the message names it).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotAllowedError,
});
builder.objectType(InvalidTransitionError, {
  name: 'InvalidTransitionError',
  description:
    'Returned when the object is no longer in a state that allows this, usually because someone changed it first (two people acting at once: one wins). Read it again and decide.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidTransitionError,
  fields: (t) => ({
    currentStatus: t.exposeString('currentStatus', {
      nullable: true,
      description: 'The status it has now (a ProposalStatus or InterviewStatus value); null when the refusal is not about a status.',
    }),
  }),
});
builder.objectType(InvalidCredentialsError, {
  name: 'InvalidCredentialsError',
  description: 'Returned by signIn when the e-mail and password do not match an active account. It never says which of the two was wrong.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidCredentialsError,
});

const FieldError = builder.objectRef<FieldErrorShape>('FieldError').implement({
  description: 'What is wrong with one input field.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Path of the field in the input, e.g. "slots.0.startsAt".' }),
    message: t.exposeString('message', { description: 'What is wrong with it and how to fix it, e.g. "Enter an e-mail address, like sam@example.com."' }),
  }),
});
builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'Returned when input fields are invalid: nothing was changed. Each field has its own message, to show next to it.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({ fieldErrors: t.field({ type: [FieldError], description: 'One entry per invalid field (at least one).', resolve: (e) => e.fieldErrors }) }),
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
