import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const COMPANY = 'clientCompany { id name website country city jobCount openJobCount contacts { id name email phone title } }';
const result = (name: string) => `__typename ... on ${name}Success { ${COMPANY} } ... on ValidationError { fieldErrors { field message } } ... on Error { message }`;
const CREATE = `mutation($input: ClientCompanyInput!) { createClientCompany(input: $input) { ${result('CreateClientCompany')} } }`;
const UPDATE = `mutation($input: UpdateClientCompanyInput!) { updateClientCompany(input: $input) { ${result('UpdateClientCompany')} } }`;
const ADD = `mutation($input: AddClientContactInput!) { addClientContact(input: $input) { ${result('AddClientContact')} } }`;
const EDIT = `mutation($input: UpdateClientContactInput!) { updateClientContact(input: $input) { ${result('UpdateClientContact')} } }`;
const REMOVE = `mutation($input: RemoveClientContactInput!) { removeClientContact(input: $input) { ${result('RemoveClientContact')} } }`;

let server: TestServer;
let admin: TestBrowser;
let recruiter: TestBrowser;

beforeAll(async () => {
  server = await startTestServer('demo');
  admin = server.browser();
  recruiter = server.browser();
  await Promise.all([admin.signIn('admin@shortlist.test'), recruiter.signIn('recruiter@shortlist.test')]);
});
afterAll(() => server.close());

describe('client companies and their contacts', () => {
  it('an admin adds a company (website read as https) and edits it; its jobs show up in the change feed', async () => {
    const { body } = await admin.graphql(CREATE, { input: { name: 'Zeta Robotics', website: 'zeta.example', country: 'de', city: 'Berlin' } });
    expect(body.data.createClientCompany.clientCompany).toMatchObject({ name: 'Zeta Robotics', website: 'https://zeta.example', country: 'DE', jobCount: 0, contacts: [] });
    const existing = await server.db.prisma.clientCompany.findFirstOrThrow({ where: { agency: { slug: 'northwind' }, jobs: { some: {} } }, include: { jobs: true } });
    const before = await server.db.prisma.changeLogEntry.count({ where: { kind: 'job.updated' } });
    const updated = await admin.graphql(UPDATE, {
      input: { clientCompanyId: encodeGlobalID('ClientCompany', existing.id), details: { name: `${existing.name} GmbH`, country: existing.country, website: '' } },
    });
    expect(updated.body.data.updateClientCompany.clientCompany).toMatchObject({ name: `${existing.name} GmbH`, website: null, jobCount: existing.jobs.length });
    expect(await server.db.prisma.changeLogEntry.count({ where: { kind: 'job.updated' } })).toBe(before + existing.jobs.length);
  });

  it('refuses a name the agency already uses, a bad website and a country that is not ISO, naming each field', async () => {
    const taken = await admin.graphql(CREATE, { input: { name: 'Zeta Robotics', country: 'DE' } });
    expect(taken.body.data.createClientCompany.fieldErrors).toEqual([{ field: 'name', message: 'Your agency already has a client company with this name.' }]);
    const bad = await admin.graphql(CREATE, { input: { name: 'Y', website: 'javascript:alert(1)', country: 'GERMANY' } });
    expect(bad.body.data.createClientCompany.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['website', 'country']);
  });

  it('contacts are added, edited and removed, with an e-mail unique within the company', async () => {
    const { body } = await admin.graphql(CREATE, { input: { name: 'Contact Test Co', country: 'US' } });
    const companyId = body.data.createClientCompany.clientCompany.id;
    const added = await admin.graphql(ADD, { input: { clientCompanyId: companyId, contact: { name: 'Ada Hiring', email: 'Ada@Example.test', title: 'Head of People' } } });
    const [contact] = added.body.data.addClientContact.clientCompany.contacts;
    expect(contact).toMatchObject({ name: 'Ada Hiring', email: 'ada@example.test', title: 'Head of People', phone: null });
    const twice = await admin.graphql(ADD, { input: { clientCompanyId: companyId, contact: { name: 'Ada Again', email: 'ada@example.test' } } });
    expect(twice.body.data.addClientContact.fieldErrors).toEqual([{ field: 'contact.email', message: 'This company already has a contact with this e-mail.' }]);
    const edited = await admin.graphql(EDIT, { input: { contactId: contact.id, contact: { name: 'Ada Lovelace', email: 'ada@example.test', phone: '+1 312 555 0100' } } });
    expect(edited.body.data.updateClientContact.clientCompany.contacts[0]).toMatchObject({ name: 'Ada Lovelace', phone: '+1 312 555 0100', title: null });
    const removed = await admin.graphql(REMOVE, { input: { contactId: contact.id } });
    expect(removed.body.data.removeClientContact.clientCompany.contacts).toEqual([]);
  });

  it('a recruiter reads companies with job counts and contacts but cannot change them; another agency cannot touch ours', async () => {
    const company = await server.db.prisma.clientCompany.findFirstOrThrow({ where: { agency: { slug: 'northwind' } } });
    const read = await recruiter.graphql('{ clientCompanies { name jobCount contacts { email } } }');
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.clientCompanies.length).toBeGreaterThan(0);
    const refused = await recruiter.graphql(CREATE, { input: { name: 'Recruiter Co', country: 'DE' } });
    expect(refused.body.data.createClientCompany.__typename).toBe('NotAllowedError');
    const candidate = server.browser();
    await candidate.signIn('candidate@shortlist.test');
    expect((await candidate.graphql(CREATE, { input: { name: 'Candidate Co', country: 'DE' } })).body.data.createClientCompany.__typename).toBe('NotAllowedError');
    const { hashPassword } = await import('@shortlist/db/auth/hash-password');
    const harbor = await server.db.prisma.agency.findUniqueOrThrow({ where: { slug: 'harbor-finch' } });
    await server.db.prisma.user.create({ data: { agencyId: harbor.id, email: 'cc-other-admin@example.test', name: 'Other', role: 'ADMIN', passwordHash: await hashPassword('shortlist') } });
    const other = server.browser();
    await other.signIn('cc-other-admin@example.test');
    const foreign = await other.graphql(UPDATE, { input: { clientCompanyId: encodeGlobalID('ClientCompany', company.id), details: { name: 'Stolen', country: 'DE' } } });
    expect(foreign.body.data.updateClientCompany).toEqual({ __typename: 'NotFoundError', message: 'No client company with this ID.' });
    expect((await server.db.prisma.clientCompany.findUniqueOrThrow({ where: { id: company.id } })).name).toBe(company.name);
  });
});
