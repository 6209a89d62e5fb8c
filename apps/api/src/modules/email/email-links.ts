import { encodeGlobalID } from '@pothos/plugin-relay';
import type { EmailCategory } from '@shortlist/db/prisma';

/**
 * Where the web app is, as people reach it from their mail client: `SHORTLIST_APP_URL` (e.g.
 * https://app.shortlist.example), else the local address `npm start` serves (http://localhost:<PORT>).
 */
export function appUrl(): string {
  const configured = process.env.SHORTLIST_APP_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  return `http://localhost:${Number(process.env.PORT ?? 4000) || 4000}`;
}

const link = (path: string) => `${appUrl()}${path}`;

/** A record's address segment as the web app's pages take it: its global ID (as `node(id:)` does), URL-encoded. */
export function pageId(type: 'Proposal' | 'Interview', id: string): string {
  return encodeURIComponent(encodeGlobalID(type, id));
}

/** The page a person acts on for a proposal (its database ID): the candidate's or the recruiter's view of it. */
export function proposalLink(proposalId: string, reader: 'CANDIDATE' | 'STAFF'): string {
  const id = pageId('Proposal', proposalId);
  return link(reader === 'CANDIDATE' ? `/me/proposals/${id}` : `/recruiter/proposals/${id}`);
}

/** The candidate's page of one interview (ask for a new time, cancel properly); staff act on the proposal's page. */
export function interviewLink(interviewId: string, proposalId: string, reader: 'CANDIDATE' | 'STAFF'): string {
  return reader === 'CANDIDATE' ? link(`/me/interviews/${pageId('Interview', interviewId)}`) : proposalLink(proposalId, 'STAFF');
}

/** A person's e-mail settings (signed in). */
export function emailSettingsLink(): string {
  return link('/settings/notifications');
}

/**
 * The one-click unsubscribe address for one category (RFC 8058): a POST to it turns the category off without signing
 * in (mail clients do this from `List-Unsubscribe-Post`); opening it in a browser shows a page that confirms first.
 */
export function unsubscribeLink(unsubscribeToken: string, category: EmailCategory): string {
  return link(`/unsubscribe?token=${encodeURIComponent(unsubscribeToken)}&category=${category}`);
}
