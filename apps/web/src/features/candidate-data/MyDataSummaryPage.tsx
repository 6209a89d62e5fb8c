import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { browserTimeZone } from '../../ui/format-date-time';
import { PageLoading } from '../../ui/LoadError';
import './data-summary.css';
import { DataSummary, type SummaryNames } from './DataSummary';
import { formatMoment, rawIdOf, readDataExport } from './read-data-export';

/** The export, and the names its rows only reference: the jobs of the candidate's proposals and their skills. */
export const MyDataSummaryPage_Query = graphql(`
  query MyDataSummaryPage_Query {
    me {
      id
      name
      timeZone
      candidateProfile {
        id
        skills {
          skill {
            id
            slug
            name
          }
        }
      }
    }
    myDataExport {
      generatedAt
      json
    }
    myProposals(first: 100) {
      edges {
        node {
          id
          recruiterName
          job {
            id
            title
            clientCompany {
              name
            }
          }
        }
      }
    }
  }
`);

/** "Your data, readable": the export as a printable document (Print / Save as PDF), next to the JSON download. */
export default function MyDataSummaryPage(_props: PageProps) {
  const { data, error, refetch } = useQuery(MyDataSummaryPage_Query, { fetchPolicy: 'network-only' });
  const exported = data?.myDataExport;
  const doc = useMemo(() => (exported ? readDataExport(exported.json) : null), [exported]);
  const names = useMemo<SummaryNames>(() => {
    const proposals = new Map<string, { title: string; company: string; recruiterName: string }>();
    for (const { node } of data?.myProposals.edges ?? []) {
      const id = rawIdOf(node.id, 'Proposal');
      if (id) proposals.set(id, { title: node.job.title, company: node.job.clientCompany.name, recruiterName: node.recruiterName });
    }
    const skills = new Map((data?.me?.candidateProfile?.skills ?? []).map(({ skill }) => [skill.slug, skill.name] as const));
    return { proposals, skills };
  }, [data]);

  if (!data) {
    return (
      <PageLoading title="Your data, readable" className="page data-summary-page" what="your data" error={error} onRetry={() => void refetch().catch(() => {})}>
        Gathering your data…
      </PageLoading>
    );
  }
  const timeZone = data.me?.timeZone ?? browserTimeZone();
  return (
    <main id="main" className="page data-summary-page">
      <p className="data-summary__back">
        <Link href="/me/data">← Your data</Link>
      </p>
      <header className="page__header">
        <h1>Your data, readable</h1>
        {exported && doc ? (
          <p className="page__lede">
            Everything the agency holds about {doc.profile?.fullName ?? 'you'}, as of {formatMoment(exported.generatedAt, timeZone)}. Times are in your zone.
          </p>
        ) : null}
      </header>
      {!exported || !doc ? (
        <p className="notice">Only candidates have data to summarise here.</p>
      ) : (
        <>
          <p className="data-summary__actions">
            <button type="button" className="button" onClick={() => window.print()}>
              Print / Save as PDF
            </button>
          </p>
          <DataSummary doc={doc} names={names} timeZone={timeZone} />
        </>
      )}
    </main>
  );
}
