import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { describePlace } from '../../words/describe-place';
import { seniorityInWords } from '../../words/seniority-in-words';
import { skillLevelInWords } from '../../words/skill-level-in-words';
import { describePreferences, describeTenure } from './describe-profile';

export const CandidateProfile_candidate = graphql(`
  fragment CandidateProfile_candidate on Candidate {
    id
    summary
    email
    phone
    city
    country
    timeZone
    seniority
    yearsExperience
    skills {
      level
      years
      lastUsedYear
      skill {
        id
        name
      }
    }
    experiences {
      title
      company
      startDate
      endDate
      description
    }
    preferences {
      minSalary
      currency
      remotePreference
      preferredLocations
      willingToRelocate
      employmentTypes
      earliestStart
      noticePeriodDays
      targetOpportunities
    }
  }
`);

const levelOf = (level: number) => skillLevelInWords[level as keyof typeof skillLevelInWords] ?? `Level ${level}`;

function describeSkillYears(years: number, lastUsedYear: number | null): string {
  const span = years > 0 ? `${years} ${years === 1 ? 'year' : 'years'}` : '';
  const lastUsed = lastUsedYear === null ? '' : `last used ${lastUsedYear}`;
  return [span, lastUsed].filter(Boolean).join(', ');
}

/** The candidate's profile as their recruiter reads it: summary, skills, experience, preferences and contact. */
export function CandidateProfile({ candidate }: { candidate: FragmentType<typeof CandidateProfile_candidate> }) {
  const { data, complete } = useFragment({
    fragment: CandidateProfile_candidate,
    fragmentName: 'CandidateProfile_candidate',
    from: candidate,
  });
  if (!complete) return null;

  return (
    <section className="card candidate-section" aria-labelledby="candidate-profile">
      <h2 id="candidate-profile">Profile</h2>
      <dl className="candidate-facts">
        <div>
          <dt>Seniority</dt>
          <dd>
            {seniorityInWords[data.seniority]}, {data.yearsExperience}{' '}
            {data.yearsExperience === 1 ? 'year' : 'years'} of experience
          </dd>
        </div>
        <div>
          <dt>Lives in</dt>
          <dd>{describePlace(data.city, data.country)}</dd>
        </div>
        <div>
          <dt>Time zone</dt>
          <dd>{data.timeZone}</dd>
        </div>
        <div>
          <dt>E-mail</dt>
          <dd>
            <a href={`mailto:${data.email}`}>{data.email}</a>
          </dd>
        </div>
        <div>
          <dt>Phone</dt>
          <dd>{data.phone ? <a href={`tel:${data.phone.replace(/\s+/g, '')}`}>{data.phone}</a> : 'Not given'}</dd>
        </div>
      </dl>
      {data.summary && <p className="candidate-section__summary">{data.summary}</p>}

      <h3>Skills</h3>
      {data.skills.length === 0 ? (
        <p className="candidate-section__empty">No skills on the profile yet.</p>
      ) : (
        <ul className="chip-list candidate-skills" aria-label="Skills, strongest first">
          {data.skills.map((entry) => {
            const detail = describeSkillYears(entry.years, entry.lastUsedYear);
            return (
              <li key={entry.skill.id} className="chip">
                <strong>{entry.skill.name}</strong>: {levelOf(entry.level)} ({entry.level} of 5)
                {detail && <span className="candidate-skills__detail">, {detail}</span>}
              </li>
            );
          })}
        </ul>
      )}

      <h3>Experience</h3>
      {data.experiences.length === 0 ? (
        <p className="candidate-section__empty">No roles on the profile yet.</p>
      ) : (
        <ol className="candidate-experience">
          {data.experiences.map((role) => (
            <li key={`${role.title}-${role.company}-${role.startDate}`}>
              <p>
                <strong>{role.title}</strong> at {role.company}
              </p>
              <p className="candidate-experience__when">{describeTenure(role.startDate, role.endDate)}</p>
              {role.description && <p>{role.description}</p>}
            </li>
          ))}
        </ol>
      )}

      <h3>Preferences</h3>
      <dl className="candidate-facts">
        {(data.preferences ? describePreferences(data.preferences) : []).map(([term, description]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
