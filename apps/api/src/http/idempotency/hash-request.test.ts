import { describe, expect, it } from 'vitest';
import { canonicalJson, hashRequest } from './hash-request.ts';

describe('hashRequest', () => {
  const request = { document: 'mutation { a }', operationName: 'A', variables: { input: { title: 'x', city: 'Berlin', skills: [{ b: 1, a: 2 }] } } };

  it('is the same whatever order the variables\' keys come in', () => {
    const reordered = { ...request, variables: { input: { skills: [{ a: 2, b: 1 }], city: 'Berlin', title: 'x' } } };
    expect(hashRequest(reordered)).toBe(hashRequest(request));
  });

  it('differs when a variable, the operation name or the document differs', () => {
    const base = hashRequest(request);
    expect(hashRequest({ ...request, variables: { input: { ...request.variables.input, title: 'y' } } })).not.toBe(base);
    expect(hashRequest({ ...request, operationName: null })).not.toBe(base);
    expect(hashRequest({ ...request, document: 'mutation { b }' })).not.toBe(base);
  });

  it('keeps the order of lists, which is part of the request', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson({ b: [1, { d: null, c: 'é' }], a: undefined })).toBe('{"b":[1,{"c":"é","d":null}]}');
  });
});
