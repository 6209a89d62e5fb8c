import { createElement, lazy, type ComponentType } from 'react';
import { Redirect } from './Redirect';

/** What every page receives: the named parts of its address, e.g. { jobId } for /recruiter/jobs/:jobId. */
export type PageProps = { params: Readonly<Record<string, string>> };
type Page = ComponentType<PageProps>;

// Each page is its own chunk, so a visitor downloads only the code of the page they open.
const JobBoardPage = lazy(() => import('../features/job-board/JobBoardPage'));
const SignInPage = lazy(() => import('../features/auth/SignInPage'));
const RecruiterJobsPage = lazy(() => import('../features/recruiter-jobs/RecruiterJobsPage'));
const JobFormPage = lazy(() => import('../features/recruiter-jobs/JobFormPage'));
const RecruiterJobPage = lazy(() => import('../features/recruiter-job/RecruiterJobPage'));
const RecruiterProposalPage = lazy(() => import('../features/recruiter-proposal/RecruiterProposalPage'));
const CandidatesPage = lazy(() => import('../features/recruiter-candidates/CandidatesPage'));
const RegisterCandidatePage = lazy(() => import('../features/recruiter-candidates/RegisterCandidatePage'));
const CandidatePage = lazy(() => import('../features/recruiter-candidates/CandidatePage'));
const CandidateHomePage = lazy(() => import('../features/candidate-home/CandidateHomePage'));
const CandidateProposalPage = lazy(() => import('../features/candidate-proposal/CandidateProposalPage'));
const CandidateInterviewPage = lazy(() => import('../features/candidate-interview/CandidateInterviewPage'));
const CandidateProfilePage = lazy(() => import('../features/candidate-profile/CandidateProfilePage'));
const ApiKeysPage = lazy(() => import('../features/admin-api-keys/ApiKeysPage'));
const WebhooksPage = lazy(() => import('../features/admin-webhooks/WebhooksPage'));
const WebhookEndpointPage = lazy(() => import('../features/admin-webhooks/WebhookEndpointPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const EmailSettingsPage = lazy(() => import('../features/email-settings/EmailSettingsPage'));
const UnsubscribePage = lazy(() => import('../features/email-settings/UnsubscribePage'));
const DevMailboxPage = lazy(() => import('../features/dev-mailbox/DevMailboxPage'));
const DevMailboxMessagePage = lazy(() => import('../features/dev-mailbox/DevMailboxMessagePage'));
const PublicJobPage = lazy(() => import('../features/public-job/PublicJobPage'));
const TodayPage = lazy(() => import('../features/recruiter-today/TodayPage'));
const InsightPage = lazy(() => import('../features/insight/InsightPage'));
const LeadsPage = lazy(() => import('../features/leads/LeadsPage'));
const TeamPage = lazy(() => import('../features/admin-team/TeamPage'));
const ClientsPage = lazy(() => import('../features/admin-clients/ClientsPage'));
const ClientPage = lazy(() => import('../features/admin-clients/ClientPage'));
const PolicyPage = lazy(() => import('../features/admin-policy/PolicyPage'));
const PrivacyPage = lazy(() => import('../features/admin-privacy/PrivacyPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const AcceptInvitationPage = lazy(() => import('../features/invitation/AcceptInvitationPage'));
const MyDataPage = lazy(() => import('../features/candidate-data/MyDataPage'));
const MyDataSummaryPage = lazy(() => import('../features/candidate-data/MyDataSummaryPage'));
const ConsentRenewalPage = lazy(() => import('../features/candidate-data/ConsentRenewalPage'));
const ReflectionPage = lazy(() => import('../features/candidate-reflection/ReflectionPage'));
const ContactsPage = lazy(() => import('../features/candidate-reflection/ContactsPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));
/** "Integrations" opens at its first screen. */
const IntegrationsHome = () => createElement(Redirect, { to: '/integrations/api-keys' });

// First match wins, so fixed segments ("new") come before parameters (":jobId").
// Who may open an address is decided by decide-route-access.ts, before any page chunk loads.
const routes: ReadonlyArray<readonly [pattern: string, page: Page]> = [
  ['/', JobBoardPage],
  ['/jobs', JobBoardPage],
  ['/jobs/:slug', PublicJobPage],
  ['/invitations/:token', AcceptInvitationPage],
  ['/settings', SettingsPage],
  ['/sign-in', SignInPage],
  ['/notifications', NotificationsPage],
  ['/settings/notifications', EmailSettingsPage],
  ['/unsubscribe', UnsubscribePage],
  ['/dev/mailbox', DevMailboxPage],
  ['/dev/mailbox/:messageId', DevMailboxMessagePage],
  ['/recruiter', RecruiterJobsPage],
  ['/recruiter/today', TodayPage],
  ['/recruiter/insight', InsightPage],
  ['/recruiter/leads', LeadsPage],
  ['/recruiter/jobs/new', JobFormPage],
  ['/recruiter/jobs/:jobId/edit', JobFormPage],
  ['/recruiter/jobs/:jobId', RecruiterJobPage],
  ['/recruiter/proposals/:proposalId', RecruiterProposalPage],
  ['/recruiter/candidates', CandidatesPage],
  ['/recruiter/candidates/new', RegisterCandidatePage],
  ['/recruiter/candidates/:candidateId', CandidatePage],
  ['/admin', TeamPage],
  ['/admin/clients', ClientsPage],
  ['/admin/clients/:clientId', ClientPage],
  ['/admin/policy', PolicyPage],
  ['/admin/privacy', PrivacyPage],
  ['/integrations', IntegrationsHome],
  ['/integrations/api-keys', ApiKeysPage],
  ['/integrations/webhooks', WebhooksPage],
  ['/integrations/webhooks/:endpointId', WebhookEndpointPage],
  ['/me', CandidateHomePage],
  ['/me/profile', CandidateProfilePage],
  ['/me/data', MyDataPage],
  ['/me/data/summary', MyDataSummaryPage],
  ['/me/consent', ConsentRenewalPage],
  ['/me/contacts', ContactsPage],
  ['/me/interviews/:interviewId/reflection', ReflectionPage],
  ['/me/proposals/:proposalId', CandidateProposalPage],
  ['/me/interviews/:interviewId', CandidateInterviewPage],
];

/** Matches a pattern such as "/recruiter/jobs/:jobId" against a path; the parameters, or null. */
export function matchPattern(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/');
  const have = normalizePathname(pathname).split('/');
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const actual = have[index]!;
    if (part.startsWith(':')) {
      if (!actual) return null;
      try {
        params[part.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null; // a malformed %-escape is no address of ours
      }
    } else if (part !== actual) {
      return null;
    }
  }
  return params;
}

export function matchRoute(pathname: string): { Page: Page; params: Record<string, string> } {
  for (const [pattern, Page] of routes) {
    const params = matchPattern(pattern, pathname);
    if (params) return { Page, params };
  }
  return { Page: NotFoundPage, params: {} };
}

/** "/recruiter/" and "/recruiter" are the same page. */
export function normalizePathname(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}
