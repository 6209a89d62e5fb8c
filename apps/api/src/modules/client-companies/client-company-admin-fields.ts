import { builder } from '../../builder.ts';
import { ClientCompanyRef } from '../jobs/client-company.ts';

const staffOfTheAgency = (company: { agencyId: string }, _args: unknown, ctx: { viewer: import('../../context.ts').Viewer | null }) =>
  ctx.viewer?.kind === 'user' && ctx.viewer.role !== 'CANDIDATE' && ctx.viewer.agencyId === company.agencyId;

export const ClientContactRef = builder.prismaObject('ClientContact', {
  description: "A person at a client company the agency deals with (the hiring manager, HR). For the agency's staff.",
  fields: (t) => ({
    id: t.exposeID('id', { description: "The contact's ID, for updateClientContact and removeClientContact." }),
    name: t.exposeString('name', { description: 'Their name.' }),
    email: t.exposeString('email', { description: 'Their e-mail, lower case; unique within the company.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Their phone number as written; null when not recorded.' }),
    title: t.exposeString('title', { nullable: true, description: 'Their job title, e.g. "Head of Engineering"; null when not recorded.' }),
  }),
});

builder.prismaObjectFields(ClientCompanyRef, (t) => ({
  contacts: t.relation('contacts', {
    description: "The company's contacts, by name. For the agency's staff.",
    authScopes: staffOfTheAgency,
    query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
  }),
  jobCount: t.relationCount('jobs', {
    description: "How many jobs the agency has for this company, in any status. For the agency's staff.",
    authScopes: staffOfTheAgency,
  }),
  openJobCount: t.relationCount('jobs', {
    description: "How many of those jobs are open. For the agency's staff.",
    authScopes: staffOfTheAgency,
    where: { status: 'OPEN' },
  }),
}));
