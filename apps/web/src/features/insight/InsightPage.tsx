import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useId, useState } from 'react';
import { graphql } from '../../gql';
import { navigate } from '../../routes/navigate';
import type { PageProps } from '../../routes/routes';
import { useSearch } from '../../routes/use-search';
import { LoadError, Loading } from '../../ui/LoadError';
import { PageHeader } from '../../ui/PageHeader';
import { daysOf, insightFilterFromSearch, PRESET_LABELS, rangeOf, searchFromInsightFilter, type InsightPreset, type InsightUrlFilter } from './insight-filter-in-url';
import './insight.css';

/** An admin compares the agency's people: everyone on the team, for the recruiter filter (admins only may list it). */
export const InsightPage_TeamQuery = graphql(`
  query InsightPage_TeamQuery {
    team {
      id
      name
      status
    }
  }
`);

// The charts (and Recharts) load in a chunk of their own, right after the page: see InsightCharts.
const InsightCharts = lazy(() => import('./InsightCharts'));

export const InsightPage_Query = graphql(`
  query InsightPage_Query($filter: InsightFilter!) {
    me {
      id
      role
    }
    clientCompanies {
      id
      name
    }
    jobs(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          id
          title
          clientCompany {
            id
            name
          }
        }
      }
    }
    insight(filter: $filter) {
      __typename
      ... on InsightSuccess {
        insight {
          funnel {
            ...FunnelChart_funnel @unmask
          }
          ...TimeToFillCard_insight @unmask
          declineReasons {
            ...DeclineReasonsChart_reason @unmask
          }
          ...ReliabilityChart_insight @unmask
          scoreVersusOutcome {
            ...ScoreOutcomeChart_bucket @unmask
          }
        }
      }
      ... on ValidationError {
        message
        fieldErrors {
          field
          message
        }
      }
      ... on NotAllowedError {
        message
      }
    }
  }
`);

function startOfToday() {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export default function InsightPage(_props: PageProps) {
  const search = useSearch();
  const [today] = useState(startOfToday);
  const filter = insightFilterFromSearch(search, today);
  const ids = { range: useId(), from: useId(), to: useId(), recruiter: useId(), client: useId(), job: useId() };
  const change = (next: Partial<InsightUrlFilter>) => {
    const merged = { ...filter, ...next };
    if (next.preset === 'custom' && !filter.fromDay) Object.assign(merged, daysOf(filter, today));
    navigate(`${window.location.pathname}${searchFromInsightFilter(merged)}`, { replace: true });
  };
  const { data, previousData, error, refetch } = useQuery(InsightPage_Query, {
    variables: {
      filter: {
        ...rangeOf(filter, today),
        ...(filter.recruiterId ? { recruiterId: filter.recruiterId } : {}),
        ...(filter.clientCompanyId ? { clientCompanyId: filter.clientCompanyId } : {}),
        ...(filter.jobId ? { jobId: filter.jobId } : {}),
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const meId = shown?.me?.id;
  const { data: teamData } = useQuery(InsightPage_TeamQuery, { skip: shown?.me?.role !== 'ADMIN' });
  const colleagues = (teamData?.team ?? []).filter((member) => member.id !== meId && member.status !== 'INVITED');
  const answer = shown?.insight;
  const jobs = (shown?.jobs.edges ?? []).map((e) => e.node).filter((j) => !filter.clientCompanyId || j.clientCompany.id === filter.clientCompanyId);
  const days = daysOf(filter, today);
  const fieldError = (field: string) => (answer?.__typename === 'ValidationError' ? answer.fieldErrors.find((e) => e.field === field)?.message : undefined);

  return (
    <main id="main" className="page insight-page">
      <PageHeader title="Insight" subtitle="How your proposals turn into hires, and where they stop." />
      <form className="filter-bar insight-filters" aria-label="Range and filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.range}>Range</label>
          <select id={ids.range} className="input" value={filter.preset} onChange={(e) => change({ preset: e.target.value as InsightPreset, fromDay: '', toDay: '' })}>
            {(Object.keys(PRESET_LABELS) as InsightPreset[]).map((preset) => (
              <option key={preset} value={preset}>
                {PRESET_LABELS[preset]}
              </option>
            ))}
          </select>
        </div>
        {filter.preset === 'custom' && (
          <>
            <div className="field">
              <label htmlFor={ids.from}>From</label>
              <input id={ids.from} className="input" type="date" value={days.fromDay} max={days.toDay} aria-invalid={fieldError('from') ? true : undefined}
                aria-describedby={fieldError('from') ? `${ids.from}-error` : undefined}
                onChange={(e) => e.target.value && change({ fromDay: e.target.value })} />
              {fieldError('from') && <p id={`${ids.from}-error`} className="field__error">{fieldError('from')}</p>}
            </div>
            <div className="field">
              <label htmlFor={ids.to}>To (included)</label>
              <input id={ids.to} className="input" type="date" value={days.toDay} min={days.fromDay} aria-invalid={fieldError('to') ? true : undefined}
                aria-describedby={fieldError('to') ? `${ids.to}-error` : undefined}
                onChange={(e) => e.target.value && change({ toDay: e.target.value })} />
              {fieldError('to') && <p id={`${ids.to}-error`} className="field__error">{fieldError('to')}</p>}
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor={ids.recruiter}>Recruiter</label>
          <select id={ids.recruiter} className="input" value={filter.recruiterId} onChange={(e) => change({ recruiterId: e.target.value })}>
            <option value="">Everyone in the agency</option>
            {meId && <option value={meId}>Only my proposals</option>}
            {colleagues.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
                {member.status === 'DEACTIVATED' ? ' (deactivated)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.client}>Client</label>
          <select id={ids.client} className="input" value={filter.clientCompanyId} onChange={(e) => change({ clientCompanyId: e.target.value, jobId: '' })}>
            <option value="">All clients</option>
            {(shown?.clientCompanies ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.job}>Job</label>
          <select id={ids.job} className="input" value={filter.jobId} onChange={(e) => change({ jobId: e.target.value })}>
            <option value="">All jobs</option>
            {jobs.map((j) => (
              <option key={j.id} value={j.id}>
                {j.title} · {j.clientCompany.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p className="insight-range" aria-live="polite">
        Proposals made and jobs published from <strong>{formatDay(days.fromDay)}</strong> to <strong>{formatDay(days.toDay)}</strong>
      </p>
      {error && !answer && <LoadError what="the numbers" error={error} onRetry={() => void refetch()} />}
      {!answer && !error && <Loading>Counting…</Loading>}
      {answer && answer.__typename !== 'InsightSuccess' && (
        <div role="alert" className="notice notice--error">
          <p>{answer.message}</p>
        </div>
      )}
      {answer?.__typename === 'InsightSuccess' && (
        <Suspense fallback={<Loading>Drawing the charts…</Loading>}>
          <InsightCharts insight={answer.insight} />
        </Suspense>
      )}
    </main>
  );
}

function formatDay(day: string) {
  return new Date(`${day}T00:00:00.000Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
