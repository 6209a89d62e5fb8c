import { tableInWords } from './table-in-words';
import type { ReactNode } from 'react';
import { emailCategoryInWords, isEmailCategory } from '../../words/email-category-in-words';
import { emailKindInWords, emailStatusInWords } from '../../words/email-message-in-words';
import { employmentTypeInWords } from '../../words/employment-type-in-words';
import { interviewFormatInCandidateWords } from '../../words/interview-format-in-words';
import { interviewStatusInCandidateWords } from '../../words/interview-status-in-words';
import { proposalStatusInCandidateWords } from '../../words/proposal-status-in-words';
import { remotePreferenceInWords } from '../../words/remote-preference-in-words';
import { seniorityInWords } from '../../words/seniority-in-words';
import { skillLevelInWords } from '../../words/skill-level-in-words';
import { formatCalendarDate, formatMoment, humanize, type DataExportDocument, type ExportedProposal } from './read-data-export';

/** What other queries know that the export's rows only reference by ID: job titles and skill names. */
export interface SummaryNames {
  /** By the proposal's database ID. */
  proposals: ReadonlyMap<string, { title: string; company: string; recruiterName: string }>;
  /** By the skill's slug, which the export's rows hold as skillId ("postgresql"). */
  skills: ReadonlyMap<string, string>;
}

/** Who did it, as the candidate reads their own record. */
const PARTY: Record<string, string> = { CANDIDATE: 'you', RECRUITER: 'the recruiter', CLIENT: 'the client' };

/** A proposal's history in the candidate's words (ActivityEvent.action); anything newer reads as its code, humanized. */
const ACTIONS: Record<string, string> = {
  'proposal.proposed': 'Proposed to you',
  'proposal.accepted': 'Accepted',
  'proposal.declined': 'Declined',
  'proposal.expired': 'Expired without an answer',
  'proposal.expiry_acknowledged': 'The agency took note that it expired',
  'proposal.interviewing': 'Moved to interviewing',
  'proposal.offered': 'Offer made',
  'proposal.hired': 'Hired',
  'proposal.rejected': 'Not selected',
  'proposal.withdrawn': 'Withdrawn',
  'interview.scheduled': 'Interview scheduled',
  'interview.rescheduled': 'Interview moved to a new time',
  'interview.reschedule_requested': 'A new interview time was asked for',
  'interview.cancelled': 'Interview cancelled',
  'interview.completed': 'Interview marked as taken place',
  'interview.no_show': 'Interview recorded as missed',
  'interview.no_show_contested': 'The missed interview was contested',
  'interview.late_cancellation_acknowledged': 'The agency took note of the late cancellation',
  'interview.client_feedback': "The client's feedback passed on to you",
};

const FEELINGS: Record<string, string> = { GREAT: 'Great', GOOD: 'Good', MIXED: 'Mixed', POOR: 'Not great' };

/** The tables the sections below do not detail; their rows are all in the JSON download. */
const OTHER_TABLES: Record<string, string> = Object.fromEntries(
  ['InterviewSlot', 'Notification', 'EmailPreference', 'User', 'Session', 'SecurityEvent', 'CandidateLead', 'CandidateMerge', 'ChangeLogEntry'].map((name) => [name, tableInWords(name)]),
);

const words = <T extends string>(table: Record<string, string>, code: T | null | undefined) => (code ? (table[code] ?? humanize(code)) : '');

/**
 * Everything the agency holds about the candidate, as a document a person can read and print: one section per kind
 * of data, times in their zone. The rows come from the export's JSON, unchanged.
 */
export function DataSummary({ doc, names, timeZone }: { doc: DataExportDocument; names: SummaryNames; timeZone: string }) {
  const at = (iso: string | null | undefined) => (iso ? formatMoment(iso, timeZone) : '');
  const jobOf = (proposalId: string) => {
    const name = names.proposals.get(proposalId);
    return name ? `${name.title} at ${name.company}` : `A proposal (reference ${proposalId.slice(0, 8)})`;
  };
  const interviewById = new Map(doc.interviews.map((i) => [i.id, i]));
  const { profile } = doc;

  return (
    <div className="data-summary">
      <Section id="profile" title="Your profile">
        {profile ? (
          <dl className="data-summary__facts">
            <Fact term="Name">{profile.fullName}</Fact>
            <Fact term="E-mail">{profile.email}</Fact>
            {profile.phone && <Fact term="Phone">{profile.phone}</Fact>}
            {profile.headline && <Fact term="Headline">{profile.headline}</Fact>}
            {profile.summary && <Fact term="Summary">{profile.summary}</Fact>}
            <Fact term="Where you live">
              {[profile.city, profile.country].filter(Boolean).join(', ')} · {profile.timeZone}
            </Fact>
            <Fact term="Seniority and experience">
              {words(seniorityInWords, profile.seniority)}, {profile.yearsExperience} {profile.yearsExperience === 1 ? 'year' : 'years'}
            </Fact>
            <Fact term="Minimum salary">{profile.minSalary === null ? 'Not given' : `${profile.minSalary.toLocaleString('en-US')} ${profile.salaryCurrency} a year`}</Fact>
            <Fact term="Remote work">{words(remotePreferenceInWords, profile.remotePreference)}</Fact>
            <Fact term="Locations">
              {profile.preferredLocations.length > 0 ? profile.preferredLocations.join(', ') : 'None given'}
              {profile.willingToRelocate ? ' · willing to relocate' : ''}
            </Fact>
            <Fact term="Employment types">{profile.employmentTypes.map((t) => words(employmentTypeInWords, t)).join(', ') || 'None given'}</Fact>
            <Fact term="Earliest start and notice">
              {profile.earliestStart ? formatCalendarDate(profile.earliestStart) : 'Any time'} · {profile.noticePeriodDays} days' notice
            </Fact>
            <Fact term="Opportunities to keep in flight">{profile.targetOpportunities}</Fact>
            <Fact term="Profile created">{at(profile.createdAt)}</Fact>
          </dl>
        ) : (
          <Empty>No profile.</Empty>
        )}
      </Section>

      <Section id="skills" title="Skills and experience">
        <h3 className="data-summary__subheading">Skills</h3>
        {doc.skills.length === 0 ? (
          <Empty>No skills recorded.</Empty>
        ) : (
          <table className="data-summary__table">
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Level</th>
                <th scope="col">Years</th>
                <th scope="col">Last used</th>
              </tr>
            </thead>
            <tbody>
              {doc.skills.map((skill) => (
                <tr key={skill.skillId}>
                  <td>{names.skills.get(skill.skillId) ?? skill.skillId}</td>
                  <td>{skillLevelInWords[skill.level as keyof typeof skillLevelInWords] ?? skill.level}</td>
                  <td>{skill.years}</td>
                  <td>{skill.lastUsedYear ?? 'In use now'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {doc.experiences.length > 0 && (
          <h3 className="data-summary__subheading">Experience</h3>
        )}
        {doc.experiences.length > 0 && (
          <ul className="data-summary__list">
            {doc.experiences.map((experience) => (
              <li key={experience.id}>
                <strong>{experience.title}</strong> at {experience.company}, {formatCalendarDate(experience.startDate)} –{' '}
                {experience.endDate ? formatCalendarDate(experience.endDate) : 'now'}
                {experience.description && <p>{experience.description}</p>}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="proposals" title="Proposals and their history">
        {doc.proposals.length === 0 ? (
          <Empty>No proposals.</Empty>
        ) : (
          doc.proposals.map((proposal) => {
            const history = doc.activity.filter((event) => event.proposalId === proposal.id);
            return (
              <article key={proposal.id} className="data-summary__item" aria-labelledby={`proposal-${proposal.id}`}>
                <h3 id={`proposal-${proposal.id}`}>{jobOf(proposal.id)}</h3>
                <dl className="data-summary__facts">
                  <Fact term="Status">{words(proposalStatusInCandidateWords, proposal.status)}</Fact>
                  <Fact term="Proposed">
                    {at(proposal.createdAt)}
                    {names.proposals.get(proposal.id) ? ` by ${names.proposals.get(proposal.id)!.recruiterName}` : ''}
                  </Fact>
                  <Fact term="Match when proposed">{Math.round(proposal.matchScore)}/100</Fact>
                  <Fact term="Sharing your profile with the client">{consentInWords(proposal, at)}</Fact>
                  {proposal.offeredAt && (
                    <Fact term="Offer">
                      {at(proposal.offeredAt)}
                      {proposal.offerSalary !== null ? `, ${proposal.offerSalary.toLocaleString('en-US')} a year` : ''}
                    </Fact>
                  )}
                  {proposal.declineReason && <Fact term="Declined because">{proposal.declineReasonText || humanize(proposal.declineReason)}</Fact>}
                  {proposal.withdrawalReason && (
                    <Fact term={`Withdrawn by ${words(PARTY, proposal.withdrawnBy) || 'someone'} because`}>{humanize(proposal.withdrawalReason)}</Fact>
                  )}
                  {proposal.rejectionReason && <Fact term="Not selected because">{humanize(proposal.rejectionReason)}</Fact>}
                </dl>
                {!history.some((event) => event.message === proposal.message) && (
                  <>
                    <p className="data-summary__label">The recruiter's message</p>
                    <blockquote className="data-summary__quote">{proposal.message}</blockquote>
                  </>
                )}
                {history.length > 0 && (
                  <>
                    <p className="data-summary__label">History</p>
                    <ol className="data-summary__history">
                      {history.map((event) => (
                        <li key={event.id}>
                          <span className="data-summary__when">{at(event.createdAt)}</span> {words(ACTIONS, event.action)}
                          {event.actorParty ? `, by ${words(PARTY, event.actorParty)}` : ''}
                          {event.reason ? `: ${event.reasonText || humanize(event.reason)}` : ''}
                          {event.message && <blockquote className="data-summary__quote">{event.message}</blockquote>}
                        </li>
                      ))}
                    </ol>
                  </>
                )}
              </article>
            );
          })
        )}
      </Section>

      <Section id="interviews" title="Interviews">
        {doc.interviews.length === 0 ? (
          <Empty>No interviews.</Empty>
        ) : (
          <table className="data-summary__table">
            <caption className="visually-hidden">Your interviews</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">For</th>
                <th scope="col">How</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {doc.interviews.map((interview) => (
                <tr key={interview.id}>
                  <td>{at(interview.startsAt)}</td>
                  <td>{jobOf(interview.proposalId)}</td>
                  <td className="data-summary__long">
                    {words(interviewFormatInCandidateWords, interview.format)}
                    {interview.location ? `, ${interview.location}` : ''}
                  </td>
                  <td>
                    {words(interviewStatusInCandidateWords, interview.status)}
                    {interview.cancelledBy ? ` by ${words(PARTY, interview.cancelledBy)}` : ''}
                    {interview.clientFeedback && <p>Client's feedback: {interview.clientFeedback}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="reflections" title="Reflections and contacts">
        {doc.reflections.length === 0 ? (
          <Empty>No reflections.</Empty>
        ) : (
          doc.reflections.map((reflection) => {
            const interview = interviewById.get(reflection.interviewId);
            const contacts = doc.contacts.filter((contact) => contact.reflectionId === reflection.id);
            return (
              <article key={reflection.id} className="data-summary__item" aria-labelledby={`reflection-${reflection.id}`}>
                <h3 id={`reflection-${reflection.id}`}>
                  {interview ? `${jobOf(interview.proposalId)}, interview of ${at(interview.startsAt)}` : `Written ${at(reflection.createdAt)}`}
                </h3>
                <dl className="data-summary__facts">
                  <Fact term="How it went">{FEELINGS[reflection.feeling] ?? humanize(reflection.feeling)}</Fact>
                  <Fact term="Shared with your recruiter">{reflection.sharedWithRecruiterAt ? `Yes, since ${at(reflection.sharedWithRecruiterAt)}` : 'No: private'}</Fact>
                  <Fact term="Feedback from the client">{reflection.wantsFeedback ? 'Asked for' : 'Not asked for'}</Fact>
                </dl>
                {reflection.learned && (
                  <>
                    <p className="data-summary__label">What you learned</p>
                    <blockquote className="data-summary__quote">{reflection.learned}</blockquote>
                  </>
                )}
                {reflection.questionsAsked && (
                  <>
                    <p className="data-summary__label">Questions they asked you</p>
                    <blockquote className="data-summary__quote">{reflection.questionsAsked}</blockquote>
                  </>
                )}
                {contacts.length > 0 && (
                  <>
                    <p className="data-summary__label">People you met</p>
                    <ul className="data-summary__list">
                      {contacts.map((contact) => (
                        <li key={contact.id}>
                          <strong>{contact.name}</strong>
                          {[contact.role, contact.company].filter(Boolean).length > 0 && `, ${[contact.role, contact.company].filter(Boolean).join(' at ')}`}
                          {contact.howToReach && ` · ${contact.howToReach}`}
                          {contact.followUpBy && ` · follow up by ${formatCalendarDate(contact.followUpBy)}`}
                          {contact.followedUpAt && ` · followed up ${at(contact.followedUpAt)}`}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </article>
            );
          })
        )}
      </Section>

      <Section id="emails" title="E-mails sent to you">
        {doc.emails.length === 0 ? (
          <Empty>No e-mails.</Empty>
        ) : (
          <table className="data-summary__table">
            <caption className="visually-hidden">E-mails sent to you</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Subject</th>
                <th scope="col">Kind</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {doc.emails.map((email) => (
                <tr key={email.id}>
                  <td>{at(email.sentAt ?? email.createdAt)}</td>
                  <td className="data-summary__long">{email.subject ?? `${emailKindInWords(email.kind)} (not sent yet)`}</td>
                  <td>{isEmailCategory(email.category) ? emailCategoryInWords[email.category].label : emailKindInWords(email.kind)}</td>
                  <td>{words(emailStatusInWords, email.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="partners" title="Partner systems that read your data">
        {doc.partnerAccesses.length === 0 ? (
          <Empty>No partner system has read your data.</Empty>
        ) : (
          <table className="data-summary__table">
            <caption className="visually-hidden">Reads of your data by partner systems</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What it asked for</th>
                <th scope="col">Partner key</th>
              </tr>
            </thead>
            <tbody>
              {doc.partnerAccesses.map((access) => (
                <tr key={access.id}>
                  <td>{at(access.accessedAt)}</td>
                  <td>{access.operation}</td>
                  <td>
                    <code>{access.apiKeyId.slice(0, 8)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="consent" title="Consent">
        <ul className="data-summary__list">
          {doc.proposals.map((proposal) => (
            <li key={proposal.id}>
              <strong>{jobOf(proposal.id)}</strong>: {consentInWords(proposal, at)}
            </li>
          ))}
          {profile?.consentRenewalRequestedAt && (
            <li>
              Asked to renew your consent to be kept on file {at(profile.consentRenewalRequestedAt)}
              {profile.consentRenewedAt ? `; renewed ${at(profile.consentRenewedAt)}` : '; not renewed yet'}.
            </li>
          )}
          {doc.erasureRequests.map((request) => (
            <li key={request.id}>
              Asked to be forgotten {at(request.requestedAt)}
              {request.completedAt ? `; carried out ${at(request.completedAt)}` : request.cancelledAt ? `; cancelled ${at(request.cancelledAt)}` : `; due ${at(request.dueAt)}`}.
            </li>
          ))}
        </ul>
      </Section>

      <Section id="other" title="Other records">
        <p>Kept for the agency's systems to work; every row is in the JSON download.</p>
        <ul className="data-summary__list">
          {doc.tableSizes
            .filter((table) => OTHER_TABLES[table.name])
            .map((table) => (
              <li key={table.name}>
                {OTHER_TABLES[table.name]}: {table.rows} {table.rows === 1 ? 'record' : 'records'}
              </li>
            ))}
        </ul>
      </Section>
    </div>
  );
}

function consentInWords(proposal: ExportedProposal, at: (iso: string | null) => string): string {
  if (proposal.clientSharingConsentWithdrawnAt) return `Given ${at(proposal.clientSharingConsentAt)}, withdrawn ${at(proposal.clientSharingConsentWithdrawnAt)}`;
  if (proposal.clientSharingConsentAt) return `Given ${at(proposal.clientSharingConsentAt)}`;
  return 'Not given';
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="data-summary__section" aria-labelledby={`data-summary-${id}`}>
      <h2 id={`data-summary-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Empty({ children }: { children: string }) {
  return <p className="data-summary__empty">{children}</p>;
}
