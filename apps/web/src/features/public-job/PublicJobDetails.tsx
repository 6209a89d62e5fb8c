import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { describeRemotePolicy } from '../../words/describe-remote-policy';
import { employmentTypeInWords } from '../../words/employment-type-in-words';
import { formatSalaryBand } from '../../words/format-salary-band';
import { skillLevelInWords } from '../../words/skill-level-in-words';
import { JobDescription } from './JobDescription';

export const PublicJobDetails_job = graphql(`
  fragment PublicJobDetails_job on Job {
    id
    title
    description
    employmentType
    remotePolicy
    city
    country
    startDate
    publishedAt
    salary {
      min
      max
      currency
    }
    clientCompany {
      name
    }
    skills {
      requirement
      minLevel
      skill {
        id
        name
      }
    }
  }
`);

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const dateInWords = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Where the job is, in words: "Berlin, Germany" (a city state once), or the country alone. */
export function placeOf(job: { city: string | null; country: string }): string {
  const country = countryName(job.country);
  return job.city && job.city !== country ? `${job.city}, ${country}` : country;
}

/** The job as a candidate reads it before saying they are interested: the facts, the description, the skills. */
export function PublicJobDetails({ job }: { job: FragmentType<typeof PublicJobDetails_job> }) {
  const { data, complete } = useFragment({ fragment: PublicJobDetails_job, fragmentName: 'PublicJobDetails_job', from: job });
  if (!complete) return null;
  const mustHaves = data.skills.filter((s) => s.requirement === 'MUST_HAVE');
  const niceToHaves = data.skills.filter((s) => s.requirement === 'NICE_TO_HAVE');
  return (
    <>
      <dl className="public-job__facts">
        <div>
          <dt>Location</dt>
          <dd>
            {placeOf(data)} · {describeRemotePolicy(data.remotePolicy)}
          </dd>
        </div>
        <div>
          <dt>Employment</dt>
          <dd>{employmentTypeInWords[data.employmentType]}</dd>
        </div>
        <div>
          <dt>Salary</dt>
          <dd>{formatSalaryBand(data.salary)}</dd>
        </div>
        <div>
          <dt>Start</dt>
          <dd>{data.startDate ? dateInWords.format(new Date(data.startDate)) : 'As soon as possible'}</dd>
        </div>
        {data.publishedAt && (
          <div>
            <dt>Published</dt>
            <dd>
              <time dateTime={data.publishedAt}>{dateInWords.format(new Date(data.publishedAt))}</time>
            </dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="public-job-about" className="public-job__section">
        <h2 id="public-job-about">About the role</h2>
        <JobDescription text={data.description} />
      </section>

      {data.skills.length > 0 && (
        <section aria-labelledby="public-job-skills" className="public-job__section">
          <h2 id="public-job-skills">What you bring</h2>
          {mustHaves.length > 0 && (
            <>
              <h3>Must-haves</h3>
              <ul className="public-job__skills">
                {mustHaves.map((s) => (
                  <li key={s.skill.id}>
                    {s.skill.name}
                    {s.minLevel ? <span className="public-job__level"> · {skillLevelInWords[s.minLevel as 1 | 2 | 3 | 4 | 5] ?? `level ${s.minLevel}`} or above</span> : null}
                  </li>
                ))}
              </ul>
            </>
          )}
          {niceToHaves.length > 0 && (
            <>
              <h3>Nice to have</h3>
              <ul className="public-job__skills public-job__skills--nice">
                {niceToHaves.map((s) => (
                  <li key={s.skill.id}>{s.skill.name}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
