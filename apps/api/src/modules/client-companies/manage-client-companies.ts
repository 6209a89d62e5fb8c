import { Prisma } from '@shortlist/db/prisma';
import type { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Context, Viewer } from '../../context.ts';
import { appendChange } from '../change-log/append-change.ts';
import { changeActorOf } from '../change-log/change-actor-of.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { NotAllowedError, NotFoundError, parseInput, ValidationError } from '../errors/errors.ts';
import { ClientCompanyRef } from '../jobs/client-company.ts';
import { clientCompanySchema, clientContactSchema } from './client-company-schemas.ts';
import { ClientCompanyFieldsInput, ClientContactFieldsInput } from './define-client-company-inputs.ts';
import './client-company-admin-fields.ts';

// Client companies and their contacts: agency admins write, staff read (clientCompanies, node).

type Admin = Extract<Viewer, { kind: 'user' }>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TAKEN_NAME = [{ field: 'name', message: 'Your agency already has a client company with this name.' }];
const TAKEN_EMAIL = [{ field: 'contact.email', message: 'This company already has a contact with this e-mail.' }];

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

function requireAdmin(ctx: Context): Admin {
  const viewer = ctx.viewer;
  if (viewer?.kind !== 'user' || viewer.role !== 'ADMIN') throw new NotAllowedError('Only an agency admin can change client companies.');
  return viewer;
}

async function loadCompanyId(tx: Prisma.TransactionClient, viewer: Admin, globalId: string): Promise<string> {
  const id = decodeGlobalIdOf('ClientCompany', globalId, 'client company');
  const company = await tx.clientCompany.findFirst({ where: { id, agencyId: viewer.agencyId }, select: { id: true } });
  if (!company) throw new NotFoundError('No client company with this ID.');
  return company.id;
}

async function loadContact(tx: Prisma.TransactionClient, viewer: Admin, contactId: string) {
  const contact = UUID.test(contactId)
    ? await tx.clientContact.findFirst({ where: { id: contactId, clientCompany: { agencyId: viewer.agencyId } }, select: { id: true, clientCompanyId: true } })
    : null;
  if (!contact) throw new NotFoundError('No contact with this ID.');
  return contact;
}

const errorsOf = (success: string) => ({
  types: [ValidationError, NotAllowedError, NotFoundError],
  union: { description: 'The client company as it now is, or why nothing changed.' },
  result: { description: success },
  dataField: { name: 'clientCompany', description: 'The client company, with its contacts.' },
});

type CompanyFields = z.output<typeof clientCompanySchema>;
const columnsOf = (fields: CompanyFields) => ({
  name: fields.name,
  industry: fields.industry ?? null,
  website: fields.website ?? null,
  city: fields.city ?? null,
  country: fields.country,
});

builder.mutationField('createClientCompany', (t) =>
  t.prismaField({
    type: ClientCompanyRef,
    description: "Adds a client company to the agency (agency admins). A name the agency already uses is a ValidationError on `name`.",
    authScopes: { admin: true },
    args: { input: t.arg({ type: ClientCompanyFieldsInput, required: true, description: 'Its details.' }) },
    errors: errorsOf('The company is added.'),
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = requireAdmin(ctx);
      const fields = parseInput(clientCompanySchema, input);
      try {
        const created = await ctx.prisma.clientCompany.create({ data: { agencyId: viewer.agencyId, ...columnsOf(fields) }, select: { id: true } });
        return await ctx.prisma.clientCompany.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: created.id } });
      } catch (error) {
        if (isUniqueViolation(error)) throw new ValidationError(TAKEN_NAME.map((e) => ({ ...e })));
        throw error;
      }
    },
  }),
);

const UpdateClientCompanyInput = builder.inputType('UpdateClientCompanyInput', {
  description: 'A client company and its new details (all of them).',
  fields: (t) => ({
    clientCompanyId: t.id({ required: true, description: 'The company (a ClientCompany ID).' }),
    details: t.field({ type: ClientCompanyFieldsInput, required: true, description: 'Its details as they should now be.' }),
  }),
});

builder.mutationField('updateClientCompany', (t) =>
  t.prismaField({
    type: ClientCompanyRef,
    description:
      "Edits a client company (agency admins). Its jobs show the new details to partners: each job's change is in the change feed (job.updated, changed: clientCompany).",
    authScopes: { admin: true },
    args: { input: t.arg({ type: UpdateClientCompanyInput, required: true, description: 'The company and its details.' }) },
    errors: errorsOf('The company is saved.'),
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = requireAdmin(ctx);
      const companyId = await loadCompanyId(ctx.prisma, viewer, String(input.clientCompanyId));
      const parsed = clientCompanySchema.safeParse(input.details);
      // Field paths as the client sent them: details.name, details.website…
      if (!parsed.success) throw new ValidationError(parsed.error.issues.map((issue) => ({ field: ['details', ...issue.path].join('.'), message: issue.message })));
      try {
        await ctx.prisma.$transaction(async (tx) => {
          await tx.clientCompany.update({ where: { id: companyId }, data: columnsOf(parsed.data), select: { id: true } });
          const jobs = await tx.job.findMany({ where: { clientCompanyId: companyId }, select: { id: true, status: true } });
          if (jobs.length > 0) {
            await appendChange(
              tx,
              changeActorOf(viewer),
              jobs.map((job) => ({ agencyId: viewer.agencyId, entity: 'JOB' as const, entityId: job.id, kind: 'job.updated', data: { status: job.status, changed: ['clientCompany'] } })),
            );
          }
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new ValidationError([{ field: 'details.name', message: TAKEN_NAME[0]!.message }]);
        throw error;
      }
      return ctx.prisma.clientCompany.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: companyId } });
    },
  }),
);

const AddClientContactInput = builder.inputType('AddClientContactInput', {
  description: 'A new contact at a client company.',
  fields: (t) => ({
    clientCompanyId: t.id({ required: true, description: 'The company (a ClientCompany ID).' }),
    contact: t.field({ type: ClientContactFieldsInput, required: true, description: 'The contact.' }),
  }),
});

const UpdateClientContactInput = builder.inputType('UpdateClientContactInput', {
  description: "A contact and their new details (all of them).",
  fields: (t) => ({
    contactId: t.id({ required: true, description: 'The contact (ClientContact.id).' }),
    contact: t.field({ type: ClientContactFieldsInput, required: true, description: 'Their details as they should now be.' }),
  }),
});

const RemoveClientContactInput = builder.inputType('RemoveClientContactInput', {
  description: 'A contact to remove.',
  fields: (t) => ({ contactId: t.id({ required: true, description: 'The contact (ClientContact.id).' }) }),
});

function parseContact(input: unknown) {
  const parsed = clientContactSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((issue) => ({ field: ['contact', ...issue.path].join('.'), message: issue.message })));
  return { name: parsed.data.name, email: parsed.data.email, phone: parsed.data.phone ?? null, title: parsed.data.title ?? null };
}

builder.mutationField('addClientContact', (t) =>
  t.prismaField({
    type: ClientCompanyRef,
    description: 'Adds a contact to a client company (agency admins). An e-mail the company already has is a ValidationError on `contact.email`.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: AddClientContactInput, required: true, description: 'The company and the contact.' }) },
    errors: errorsOf('The contact is added.'),
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = requireAdmin(ctx);
      const companyId = await loadCompanyId(ctx.prisma, viewer, String(input.clientCompanyId));
      const contact = parseContact(input.contact);
      try {
        await ctx.prisma.clientContact.create({ data: { clientCompanyId: companyId, ...contact }, select: { id: true } });
      } catch (error) {
        if (isUniqueViolation(error)) throw new ValidationError(TAKEN_EMAIL.map((e) => ({ ...e })));
        throw error;
      }
      return ctx.prisma.clientCompany.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: companyId } });
    },
  }),
);

builder.mutationField('updateClientContact', (t) =>
  t.prismaField({
    type: ClientCompanyRef,
    description: "Edits a client company's contact (agency admins). An e-mail another contact of the company has is a ValidationError on `contact.email`.",
    authScopes: { admin: true },
    args: { input: t.arg({ type: UpdateClientContactInput, required: true, description: 'The contact and their details.' }) },
    errors: errorsOf('The contact is saved.'),
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = requireAdmin(ctx);
      const existing = await loadContact(ctx.prisma, viewer, String(input.contactId));
      const contact = parseContact(input.contact);
      try {
        await ctx.prisma.clientContact.update({ where: { id: existing.id }, data: contact, select: { id: true } });
      } catch (error) {
        if (isUniqueViolation(error)) throw new ValidationError(TAKEN_EMAIL.map((e) => ({ ...e })));
        throw error;
      }
      return ctx.prisma.clientCompany.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: existing.clientCompanyId } });
    },
  }),
);

builder.mutationField('removeClientContact', (t) =>
  t.prismaField({
    type: ClientCompanyRef,
    description: "Removes a contact from a client company (agency admins).",
    authScopes: { admin: true },
    args: { input: t.arg({ type: RemoveClientContactInput, required: true, description: 'The contact.' }) },
    errors: errorsOf('The contact is removed.'),
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = requireAdmin(ctx);
      const existing = await loadContact(ctx.prisma, viewer, String(input.contactId));
      await ctx.prisma.clientContact.deleteMany({ where: { id: existing.id } });
      return ctx.prisma.clientCompany.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: existing.clientCompanyId } });
    },
  }),
);
