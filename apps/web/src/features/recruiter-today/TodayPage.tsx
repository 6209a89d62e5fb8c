import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { TodayScope } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { useSearch } from '../../routes/use-search';
import { formatDateTime } from '../../ui/format-date-time';
import { LoadError, PageLoading } from '../../ui/LoadError';
import { newNotice, SuccessNotice, type Notice } from '../../ui/SuccessNotice';
import { useNow } from '../../ui/use-now';
import { interviewFormatInWords } from '../../words/interview-format-in-words';
import { groupTodayItems, TODAY_GROUP_TITLES } from './group-today-items';
import './recruiter-today.css';
import { TodayRow } from './TodayRow';

export const TodayPage_Query = graphql(`
  query TodayPage_Query($scope: TodayScope) {
    me {
      id
      role
      timeZone
    }
    recruiterToday(scope: $scope) {
      items {
        key
        ...TodayRow_item @unmask
        # Selected here as well: the page reads them, and an item has no ID for the cache to find its fragment by.
        kind
        action
        dueAt
        candidateName
        jobTitle
        clientName
        recruiterName
        proposal {
          id
        }
        interview {
          id
        }
      }
      upcomingInterviews {
        id
        startsAt
        format
        proposal {
          id
          candidate {
            fullName
          }
          job {
            title
          }
        }
      }
    }
  }
`);

/** ?scope=agency shows the whole agency's work; anything else, the recruiter's own. */
function scopeFrom(search: string): TodayScope {
  return new URLSearchParams(search).get('scope') === 'agency' ? 'AGENCY' : 'MINE';
}

/** The recruiter's and admin's home: what needs them, grouped by when, each with one control for its action. */
export default function TodayPage(_props: PageProps) {
  const scope = scopeFrom(useSearch());
  const now = useNow();
  const [notice, setNotice] = useState<Notice | null>(null);
  const { data, error, refetch } = useQuery(TodayPage_Query, { variables: { scope }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });

  function reload() {
    refetch().catch(() => {});
  }

  if (!data?.recruiterToday || !data.me) {
    return (
      <PageLoading title="Today" what="what needs you today" error={error} onRetry={reload}>
        Loading what needs you…
      </PageLoading>
    );
  }

  const { items, upcomingInterviews } = data.recruiterToday;
  const timeZone = data.me.timeZone;
  const groups = groupTodayItems(items, now, timeZone);
  const onDone = (message: string) => {
    setNotice(newNotice(message));
    reload();
  };

  return (
    <main id="main" className="page today">
      <header className="page__header today__header">
        <div>
          <h1>Today</h1>
          <p className="page__lede">
            {items.length === 0
              ? 'Nothing needs you right now.'
              : `${items.length} ${items.length === 1 ? 'thing needs' : 'things need'} you, most urgent first.`}
          </p>
        </div>
        <nav aria-label="Whose work" className="today__scope">
          <Link href="/recruiter/today" aria-current={scope === 'MINE' ? 'page' : undefined} className="today__scope-link">
            Your proposals
          </Link>
          <Link href="/recruiter/today?scope=agency" aria-current={scope === 'AGENCY' ? 'page' : undefined} className="today__scope-link">
            Whole agency
          </Link>
        </nav>
      </header>

      <SuccessNotice notice={notice} />
      {error && <LoadError what="the latest list" error={error} onRetry={reload} />}

      {groups.map(({ group, items: groupItems }) => (
        <section key={group} aria-labelledby={`today-${group}`} className={`today__group today__group--${group.toLowerCase()}`}>
          <h2 id={`today-${group}`}>
            {TODAY_GROUP_TITLES[group]} <span className="today__count">({groupItems.length})</span>
          </h2>
          <ul className="today__list">
            {groupItems.map((item) => (
              <TodayRow key={item.key} item={item} now={now} showRecruiter={scope === 'AGENCY'} onDone={onDone} />
            ))}
          </ul>
        </section>
      ))}

      {items.length === 0 && (
        <section aria-labelledby="today-empty" className="today__empty card">
          <h2 id="today-empty">Nothing needs you right now</h2>
          {upcomingInterviews.length > 0 ? (
            <>
              <p>Your next interviews:</p>
              <ul className="today__upcoming">
                {upcomingInterviews.map((interview) => (
                  <li key={interview.id}>
                    <Link href={`/recruiter/proposals/${encodeURIComponent(interview.proposal.id)}`}>
                      {interview.proposal.candidate?.fullName ?? 'A candidate'} for {interview.proposal.job.title}
                    </Link>{' '}
                    · {formatDateTime(interview.startsAt, timeZone)} · {interviewFormatInWords[interview.format]}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>No interviews are coming up either.</p>
          )}
          <p>
            <Link href="/recruiter">Go to your jobs</Link>
          </p>
        </section>
      )}
    </main>
  );
}
