import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { graphql } from '../../gql';
import type { PageProps } from '../../routes/routes';
import { browserTimeZone } from '../../ui/format-date-time';
import { LoadError, PageLoading } from '../../ui/LoadError';
import { newNotice, SuccessNotice, type Notice } from '../../ui/SuccessNotice';
import { AdminNav } from './AdminNav';
import { InviteMemberForm } from './InviteMemberForm';
import { TeamMemberRow } from './TeamMemberRow';
import './admin.css';

export const TeamPage_Query = graphql(`
  query TeamPage_Query {
    me {
      id
      timeZone
    }
    team {
      id
      ...TeamMemberRow_member
    }
  }
`);

const TITLE = 'Team';

/**
 * Admin → Team: the agency's recruiters and admins with their status and last sign-in; invite by e-mail, resend or
 * revoke an invitation, change a role, deactivate and reactivate.
 */
export default function TeamPage(_props: PageProps) {
  const { data, error, loading, refetch } = useQuery(TeamPage_Query, { fetchPolicy: 'cache-and-network' });
  const [isInviting, setIsInviting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const inviteButtonRef = useRef<HTMLButtonElement>(null);
  const retry = () => {
    refetch().catch(() => {});
  };
  if (!data) {
    return (
      <PageLoading title={TITLE} what="your team" error={error} onRetry={retry}>
        Loading your team…
      </PageLoading>
    );
  }
  const timeZone = data.me?.timeZone ?? browserTimeZone();
  const outcome = (text: string, isError: boolean) => {
    if (isError) {
      setNotice(null);
      setProblem(text);
    } else {
      setProblem(null);
      setNotice(newNotice(text));
    }
  };

  return (
    <main id="main" className="page admin-team">
      <AdminNav />
      <header className="page__header page__header--with-action">
        <div>
          <h1>{TITLE}</h1>
          <p className="page__lede">The recruiters and admins of your agency. Invite colleagues by e-mail; they choose their own password.</p>
        </div>
        {!isInviting && (
          <button
            ref={inviteButtonRef}
            type="button"
            className="button"
            onClick={() => {
              setNotice(null);
              setIsInviting(true);
            }}
          >
            Invite a team member
          </button>
        )}
      </header>
      {isInviting && (
        <InviteMemberForm
          onInvited={(email) => {
            setIsInviting(false);
            outcome(`Invitation sent to ${email}. The link is valid for 7 days.`, false);
          }}
          onCancel={() => {
            setIsInviting(false);
            requestAnimationFrame(() => inviteButtonRef.current?.focus());
          }}
        />
      )}
      <SuccessNotice notice={notice} />
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      <section aria-label="Team members" aria-busy={loading}>
        {error ? <LoadError what="your team" error={error} onRetry={retry} /> : null}
        <div className="admin-table-wrap">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Last sign-in</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.team.map((member) => (
                <TeamMemberRow key={member.id} member={member} isYou={member.id === data.me?.id} timeZone={timeZone} onOutcome={outcome} />
              ))}
            </tbody>
          </table>
        </div>
        <p className="admin-table__sub">Times are in {timeZone}, your time zone.</p>
      </section>
    </main>
  );
}
