import { describe, expect, test } from 'vitest';
import { errorsOfUnchangedFields } from './webhook-form-errors';

describe('errorsOfUnchangedFields', () => {
  const errors = { url: 'The URL must start with https:// or http://.', eventTypes: 'Choose at least one event.' };
  const sent = { url: 'hr.example/hooks', eventTypes: { isAll: false, chosen: [] as string[] } };

  test('keeps every error while the fields hold what was sent', () => {
    expect(errorsOfUnchangedFields(errors, sent, { url: 'hr.example/hooks', eventTypes: { isAll: false, chosen: [] } })).toEqual(errors);
  });

  test('drops the error of a field changed since, by content for lists and choices', () => {
    expect(errorsOfUnchangedFields(errors, sent, { url: 'https://hr.example/hooks', eventTypes: { isAll: false, chosen: [] } })).toEqual({
      eventTypes: 'Choose at least one event.',
    });
    expect(errorsOfUnchangedFields(errors, sent, { url: 'hr.example/hooks', eventTypes: { isAll: false, chosen: ['job.created'] } })).toEqual({
      url: 'The URL must start with https:// or http://.',
    });
  });

  test('keeps errors of fields the form does not hold, and all of them before anything was sent', () => {
    expect(errorsOfUnchangedFields({ input: 'Too big.' }, sent, { url: 'x' })).toEqual({ input: 'Too big.' });
    expect(errorsOfUnchangedFields(errors, null, { url: 'x' })).toEqual(errors);
  });
});
