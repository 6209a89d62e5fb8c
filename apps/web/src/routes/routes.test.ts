import { describe, expect, test } from 'vitest';
import { matchPattern, matchRoute } from './routes';

describe('addresses and their parameters', () => {
  test('a parameter is read from its segment, decoded', () => {
    expect(matchPattern('/recruiter/jobs/:jobId', '/recruiter/jobs/Sm9iOjE%3D')).toEqual({ jobId: 'Sm9iOjE=' });
    expect(matchPattern('/recruiter/jobs/:jobId/edit', '/recruiter/jobs/abc/edit/')).toEqual({ jobId: 'abc' });
  });

  test('a different length, a different fixed segment or an empty parameter does not match', () => {
    expect(matchPattern('/recruiter/jobs/:jobId', '/recruiter/jobs')).toBeNull();
    expect(matchPattern('/recruiter/jobs/:jobId', '/recruiter/jobs/abc/edit')).toBeNull();
    expect(matchPattern('/recruiter/jobs/:jobId', '/recruiter/candidates/abc')).toBeNull();
    expect(matchPattern('/me/proposals/:proposalId', '/me/proposals/%E0%A4%A')).toBeNull();
  });
});

describe('the integrations screens', () => {
  test('the webhooks list and an endpoint’s page have their own addresses, the endpoint’s ID decoded', () => {
    expect(matchRoute('/integrations/webhooks').params).toEqual({});
    expect(matchRoute('/integrations/webhooks/V2ViaG9vaw%3D%3D').params).toEqual({ endpointId: 'V2ViaG9vaw==' });
    expect(matchRoute('/integrations/webhooks/').Page).toBe(matchRoute('/integrations/webhooks').Page);
    expect(matchRoute('/integrations/webhooks/abc').Page).not.toBe(matchRoute('/integrations/webhooks').Page);
    expect(matchRoute('/integrations/webhooks/abc/deliveries').Page).toBe(matchRoute('/integrations/nowhere').Page);
  });
});
