import { describe, expect, test } from 'vitest';
import { formErrorsOf, formErrorsOfFailure } from './mutation-errors';

describe('what a form shows for an API error', () => {
  test('a validation error puts each message next to its field', () => {
    const errors = formErrorsOf({
      __typename: 'ValidationError',
      message: 'Check the highlighted fields.',
      fieldErrors: [
        { field: 'reason', message: 'Pick a reason.' },
        { field: 'message', message: 'Write at most 2000 characters.' },
      ],
    });
    expect(errors).toEqual({
      fields: { reason: 'Pick a reason.', message: 'Write at most 2000 characters.' },
      form: null,
      isStale: false,
    });
  });

  test('an invalid transition is stale: the page must say so and refresh', () => {
    const errors = formErrorsOf({
      __typename: 'InvalidTransitionError',
      message: 'This proposal is already DECLINED.',
      currentStatus: 'DECLINED',
    });
    expect(errors.isStale).toBe(true);
    expect(errors.form).toContain('already DECLINED');
  });

  test('a failed request keeps the form and says nothing was lost', () => {
    expect(formErrorsOfFailure(new Error('Failed to fetch')).form).toBe(
      'That did not go through: Failed to fetch Nothing was lost; try again.',
    );
  });
});
