import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/start-test-server.ts';
import { suggestTimeZone } from './suggest-time-zone.ts';

const UPDATE = `mutation($input: UpdateMySettingsInput!) { updateMySettings(input: $input) {
  __typename ... on UpdateMySettingsSuccess { viewer { name timeZone } } ... on ValidationError { fieldErrors { field message } } ... on Error { message } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('demo');
});
afterAll(() => server.close());

describe('my settings', () => {
  it('a recruiter changes their name and time zone, and reads them back', async () => {
    const recruiter = server.browser();
    await recruiter.signIn('recruiter@shortlist.test');
    const { body } = await recruiter.graphql(UPDATE, { input: { name: 'Riley Recruiter', timeZone: 'America/Chicago' } });
    expect(body.data.updateMySettings).toEqual({ __typename: 'UpdateMySettingsSuccess', viewer: { name: 'Riley Recruiter', timeZone: 'America/Chicago' } });
    expect((await recruiter.graphql('{ me { timeZone } }')).body.data.me.timeZone).toBe('America/Chicago');
  });

  it('refuses an empty name and a zone that is not IANA, naming each field; signed out is refused', async () => {
    const candidate = server.browser();
    await candidate.signIn('candidate@shortlist.test');
    const { body } = await candidate.graphql(UPDATE, { input: { name: ' ', timeZone: 'CET+1' } });
    expect(body.data.updateMySettings.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['name', 'timeZone']);
    const anonymous = await server.graphql(UPDATE, { input: { name: 'X', timeZone: 'UTC' } });
    expect(anonymous.body.data.updateMySettings.__typename).toBe('NotAllowedError');
  });

  it('suggests the zone of a typed city, through the API for anyone signed in', async () => {
    const candidate = server.browser();
    await candidate.signIn('candidate@shortlist.test');
    const { body } = await candidate.graphql('{ berlin: suggestTimeZone(city: "Berlin", country: "DE") chicago: suggestTimeZone(city: "chicago", country: "us") }');
    expect(body.data).toEqual({ berlin: 'Europe/Berlin', chicago: 'America/Chicago' });
    const anonymous = await server.graphql('{ suggestTimeZone(city: "Berlin", country: "DE") }');
    expect(anonymous.body.data.suggestTimeZone).toBeNull();
    expect(anonymous.body.errors).toHaveLength(1);
  });
});

describe('suggestTimeZone', () => {
  it('knows cities in countries of several zones, and needs no city for a country of one clock', async () => {
    expect(await suggestTimeZone('Chicago', 'US')).toBe('America/Chicago');
    expect(await suggestTimeZone('São Paulo', 'BR')).toBe('America/Sao_Paulo');
    expect(await suggestTimeZone('', 'FR')).toBe('Europe/Paris');
    expect(await suggestTimeZone('Nowhere Town', 'US')).toBeNull();
    expect(await suggestTimeZone('Berlin', 'XX')).toBeNull();
  });
});
