import type { Prisma } from '../generated/prisma/client.ts';
import type { UserRole } from '../generated/prisma/enums.ts';
import { DAY, seedUuid } from './create-random.ts';
import { cityNamed, COMPANIES, type City, type CompanyTemplate } from './demo-data.ts';

/** A login before its password hash is known. */
export type DemoUser = Omit<Prisma.UserCreateManyInput, 'passwordHash'>;

export type AgencySlug = 'northwind' | 'harbor-finch';

export interface DemoAgency {
  id: string;
  slug: AgencySlug;
  lateNoticeMinutes: number;
  recruiterIds: string[];
}

export interface DemoCompany {
  id: string;
  agencyId: string;
  template: CompanyTemplate;
  city: City;
}

export interface DemoOrganisations {
  agencies: Prisma.AgencyCreateManyInput[];
  policies: Prisma.CancellationPolicyCreateManyInput[];
  /** Without passwordHash: seedDemo adds it when scrypt, running meanwhile, is done. */
  users: DemoUser[];
  companies: Prisma.ClientCompanyCreateManyInput[];
  contacts: Prisma.ClientContactCreateManyInput[];
  bySlug: Record<AgencySlug, DemoAgency>;
  companyList: DemoCompany[];
  demoRecruiterId: string;
  demoCandidateUserId: string;
}

const AGENCIES = [
  { slug: 'northwind', name: 'Northwind Talent', lateNoticeMinutes: 24 * 60, noShowGraceMinutes: 15 },
  { slug: 'harbor-finch', name: 'Harbor & Finch Staffing', lateNoticeMinutes: 12 * 60, noShowGraceMinutes: 15 },
] as const;

/** The staff logins; the first four are the documented demo logins (shared/PRODUCT.md). */
const STAFF: ReadonlyArray<{ email: string; name: string; role: UserRole; agency: AgencySlug; timeZone: string }> = [
  { email: 'recruiter@shortlist.test', name: 'Riley Chen', role: 'RECRUITER', agency: 'northwind', timeZone: 'Europe/London' },
  { email: 'admin@shortlist.test', name: 'Morgan Ellis', role: 'ADMIN', agency: 'northwind', timeZone: 'Europe/London' },
  { email: 'recruiter@otheragency.test', name: 'Dana Whitfield', role: 'RECRUITER', agency: 'harbor-finch', timeZone: 'America/Chicago' },
  { email: 'ana.ferreira@shortlist.test', name: 'Ana Ferreira', role: 'RECRUITER', agency: 'northwind', timeZone: 'Europe/Lisbon' },
  { email: 'marcus.lee@shortlist.test', name: 'Marcus Lee', role: 'RECRUITER', agency: 'northwind', timeZone: 'America/Toronto' },
  { email: 'theo.grant@otheragency.test', name: 'Theo Grant', role: 'RECRUITER', agency: 'harbor-finch', timeZone: 'Europe/London' },
];

export const DEMO_CANDIDATE = { email: 'candidate@shortlist.test', name: 'Sam Okafor', timeZone: 'Europe/Berlin' } as const;

/** Agencies with their policies, staff logins, the demo candidate's login, client companies and their contacts. */
export function buildDemoOrganisations(day0: Date): DemoOrganisations {
  const founded = new Date(day0.getTime() - 420 * DAY);
  // The demo runs on a developer's machine, where the first webhook receiver is on localhost; a production process
  // never allows private addresses from a seed (an operator sets the flag per agency).
  const allowPrivateWebhookAddresses = process.env.NODE_ENV !== 'production';
  const agencies = AGENCIES.map((a) => ({ id: seedUuid('agency', a.slug), name: a.name, slug: a.slug, createdAt: founded, allowPrivateWebhookAddresses }));
  const policies = AGENCIES.map((a) => ({
    agencyId: seedUuid('agency', a.slug),
    lateNoticeMinutes: a.lateNoticeMinutes,
    noShowGraceMinutes: a.noShowGraceMinutes,
    updatedAt: founded,
  }));
  const bySlug = Object.fromEntries(
    AGENCIES.map((a) => [a.slug, { id: seedUuid('agency', a.slug), slug: a.slug, lateNoticeMinutes: a.lateNoticeMinutes, recruiterIds: [] as string[] }]),
  ) as Record<AgencySlug, DemoAgency>;

  const users: DemoUser[] = STAFF.map((staff, i) => {
    const id = seedUuid('user', staff.email);
    if (staff.role === 'RECRUITER') bySlug[staff.agency].recruiterIds.push(id);
    return {
      id,
      agencyId: bySlug[staff.agency].id,
      email: staff.email,
      name: staff.name,
      role: staff.role,
      timeZone: staff.timeZone,
      createdAt: new Date(founded.getTime() + (i + 1) * DAY),
    };
  });
  const demoCandidateUserId = seedUuid('user', DEMO_CANDIDATE.email);
  users.push({
    id: demoCandidateUserId,
    agencyId: bySlug.northwind.id,
    email: DEMO_CANDIDATE.email,
    name: DEMO_CANDIDATE.name,
    role: 'CANDIDATE',
    timeZone: DEMO_CANDIDATE.timeZone,
    createdAt: new Date(day0.getTime() - 90 * DAY),
  });

  const companyList: DemoCompany[] = [];
  const companies: Prisma.ClientCompanyCreateManyInput[] = [];
  const contacts: Prisma.ClientContactCreateManyInput[] = [];
  COMPANIES.forEach((template, i) => {
    const agencyId = bySlug[template.agency].id;
    const id = seedUuid('client-company', template.agency, template.name);
    const city = cityNamed(template.city);
    const createdAt = new Date(founded.getTime() + (30 + i * 11) * DAY);
    companyList.push({ id, agencyId, template, city });
    companies.push({
      id,
      agencyId,
      name: template.name,
      industry: template.industry,
      website: `https://www.${template.domain}`,
      city: city.city,
      country: city.country,
      createdAt,
    });
    for (const contact of template.contacts) {
      const email = `${contact.name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ +/g, '.')}@${template.domain}`;
      contacts.push({
        id: seedUuid('client-contact', id, email),
        clientCompanyId: id,
        name: contact.name,
        email,
        phone: contact.phone ?? null,
        title: contact.title,
        createdAt,
      });
    }
  });

  return {
    agencies,
    policies,
    users,
    companies,
    contacts,
    bySlug,
    companyList,
    demoRecruiterId: seedUuid('user', 'recruiter@shortlist.test'),
    demoCandidateUserId,
  };
}
