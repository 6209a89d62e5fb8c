import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { graphql } from '../../gql';
import type { ContactsPage_QueryQuery } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { browserTimeZone, formatDateTime } from '../../ui/format-date-time';
import { LoadError, Loading } from '../../ui/LoadError';
import './candidate-reflection.css';

export const ContactsPage_Query = graphql(`
  query ContactsPage_Query {
    me {
      id
      timeZone
    }
    myPractice {
      contactsMade
      followUpsDue
      contacts {
        id
        name
        role
        company
        howToReach
        followUpBy
        followedUpAt
        isFollowUpDue
        metAt
        metOn
      }
    }
  }
`);

export const ContactsPage_FollowedUp = graphql(`
  mutation ContactsPage_FollowedUp($input: MarkContactFollowedUpInput!) {
    markContactFollowedUp(input: $input) {
      __typename
      ... on MarkContactFollowedUpSuccess {
        contact {
          id
          followedUpAt
          isFollowUpDue
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

type Contact = ContactsPage_QueryQuery['myPractice']['contacts'][number];

/** Groups contacts by company (follow-ups due first, then by name of company); "Other" for those without one. */
export function groupByCompany(contacts: readonly Contact[]): Array<{ company: string; contacts: Contact[]; dueCount: number }> {
  const groups = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const company = contact.company.trim() || 'Other';
    groups.set(company, [...(groups.get(company) ?? []), contact]);
  }
  return [...groups.entries()]
    .map(([company, list]) => ({ company, contacts: list, dueCount: list.filter((c) => c.isFollowUpDue).length }))
    .sort((a, b) => (b.dueCount > 0 ? 1 : 0) - (a.dueCount > 0 ? 1 : 0) || a.company.localeCompare(b.company));
}

/** The people the candidate met at interviews, by company, follow-ups due first. */
export default function ContactsPage(_props: PageProps) {
  const { data, error, refetch } = useQuery(ContactsPage_Query, { fetchPolicy: 'cache-and-network' });
  const [markFollowedUp] = useMutation(ContactsPage_FollowedUp);
  const [problem, setProblem] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [status, setStatus] = useState('');

  const header = (
    <header className="page__header">
      <h1>Your contacts</h1>
      <p className="page__lede">The people you met at interviews. Only you see them.</p>
    </header>
  );
  if (!data) {
    return (
      <main id="main" className="page contacts" aria-busy={!error}>
        {header}
        {error ? <LoadError what="your contacts" error={error} onRetry={() => void refetch().catch(() => {})} /> : <Loading>Loading your contacts…</Loading>}
      </main>
    );
  }
  const timeZone = data.me?.timeZone ?? browserTimeZone();
  const groups = groupByCompany(data.myPractice.contacts);

  async function followedUp(contact: Contact) {
    setProblem(null);
    try {
      const result = await markFollowedUp({ variables: { input: { contactId: contact.id } } });
      const answer = result.data?.markContactFollowedUp;
      if (answer?.__typename !== 'MarkContactFollowedUpSuccess') {
        setProblem(answer && 'message' in answer ? answer.message : 'That did not go through. Try again.');
        return;
      }
      setStatus(`${contact.name} marked as followed up.`);
      await refetch();
    } catch (failure) {
      setProblem(`That did not go through: ${failure instanceof Error ? failure.message : String(failure)} Try again.`);
    }
  }

  return (
    <main id="main" className="page contacts">
      {header}
      <p className="visually-hidden" role="status" ref={statusRef}>
        {status}
      </p>
      {problem && (
        <div role="alert" className="notice notice--error">
          <p>{problem}</p>
        </div>
      )}
      <p>
        {data.myPractice.contactsMade === 1 ? '1 contact' : `${data.myPractice.contactsMade} contacts`}
        {data.myPractice.followUpsDue > 0 ? `, ${data.myPractice.followUpsDue} to follow up now` : ''}. <Link href="/me">Back to your home</Link>
      </p>
      {groups.length === 0 && (
        <div className="notice" role="status">
          <p>
            <strong>No contacts yet.</strong> After an interview, write down how it went and who you met: they show up here.
          </p>
        </div>
      )}
      {groups.map((group) => (
        <CompanyGroup key={group.company} group={group} timeZone={timeZone} onFollowedUp={followedUp} />
      ))}
    </main>
  );
}

function CompanyGroup({ group, timeZone, onFollowedUp }: { group: ReturnType<typeof groupByCompany>[number]; timeZone: string; onFollowedUp: (c: Contact) => void }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="contacts__group card">
      <h2 id={headingId}>{group.company}</h2>
      <ul className="contacts__list">
        {group.contacts.map((contact) => (
          <li key={contact.id} className="contacts__item">
            <div>
              <strong>{contact.name}</strong>
              {contact.role && <span>, {contact.role}</span>}
              <p className="contacts__meta">
                Met at {contact.metAt}, {formatDateTime(contact.metOn, timeZone)}
                {contact.howToReach && <> · {contact.howToReach}</>}
              </p>
              {contact.isFollowUpDue && <p className="contacts__due">Follow up now (by {contact.followUpBy})</p>}
              {!contact.isFollowUpDue && contact.followUpBy && !contact.followedUpAt && <p className="contacts__meta">Follow up by {contact.followUpBy}</p>}
              {contact.followedUpAt && <p className="contacts__meta">Followed up {formatDateTime(contact.followedUpAt, timeZone)}</p>}
            </div>
            {!contact.followedUpAt && contact.followUpBy && (
              <button type="button" className="button button--secondary" onClick={() => onFollowedUp(contact)}>
                Mark as followed up<span className="visually-hidden">: {contact.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
