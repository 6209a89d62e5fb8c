import { describe, expect, it } from 'vitest';
import type { AccessRecord } from '../logging/access-record.ts';
import { createOperationLabel } from './operation-label.ts';

const request = (operationName: string | undefined, isValid = true): AccessRecord => ({
  requestId: 'r',
  clientRequestId: undefined,
  method: 'POST',
  route: '/graphql',
  viewer: 'anonymous',
  operationName,
  operationType: isValid ? 'query' : undefined,
  errors: { expected: 0, unavailable: 0, unexpected: 0 },
});

describe('operation labels', () => {
  it('give the first names their own series and fold any later new name into (other), so clients cannot grow the metrics without bound', () => {
    const label = createOperationLabel(2);
    expect([label(request('A')), label(request('B')), label(request('C')), label(request('A'))]).toEqual(['A', 'B', '(other)', 'A']);
  });

  it('name nameless operations (anonymous) and documents that never validated (invalid), whatever name they claimed', () => {
    const label = createOperationLabel(2);
    expect(label(request(undefined))).toBe('(anonymous)');
    expect(label(request('Claimed', false))).toBe('(invalid)');
    expect(label(request('Real'))).toBe('Real');
  });
});
