import { GraphQLError, Kind } from 'graphql';
import { builder } from '../../builder.ts';

/** Every date in this product (careers, interviews, start dates) falls within these years. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;

function parseDateTime(value: unknown): Date {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) {
      // Year 0000 parses in JavaScript but PostgreSQL refuses it, which answered a 500.
      const year = date.getUTCFullYear();
      if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
        throw new GraphQLError(`DateTime must be between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}; got ${value}.`);
      }
      return date;
    }
  }
  throw new GraphQLError('DateTime must be an ISO-8601 date-time with a time zone offset, like 2026-11-26T09:30:00Z.');
}

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string in UTC (2026-11-26T09:30:00.000Z).',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string.');
    return parseDateTime(ast.value);
  },
});
