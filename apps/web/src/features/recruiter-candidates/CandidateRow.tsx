import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { Avatar } from '../../ui/Avatar';
import { formatListDate } from '../../ui/format-list-date';
import { describePlace } from '../../words/describe-place';
import { seniorityInWords } from '../../words/seniority-in-words';

export const CandidateRow_candidate = graphql(`
  fragment CandidateRow_candidate on Candidate {
    id
    fullName
    headline
    city
    country
    timeZone
    seniority
    updatedAt
    skills {
      level
      years
      skill {
        id
        name
      }
    }
  }
`);

/** How many of a candidate's skills the table names; the rest are counted. */
const SKILLS_SHOWN = 3;

/** One candidate of the agency's table: who (avatar and name), what they do, where, how senior, top skills, last change. */
export function CandidateRow({ candidate }: { candidate: FragmentType<typeof CandidateRow_candidate> }) {
  const { data, complete } = useFragment({
    fragment: CandidateRow_candidate,
    fragmentName: 'CandidateRow_candidate',
    from: candidate,
  });
  if (!complete) return null;

  // Strongest first: level, then years.
  const skills = [...data.skills].sort((a, b) => b.level - a.level || b.years - a.years);
  const hidden = skills.length - SKILLS_SHOWN;
  return (
    <tr className="candidate-row">
      <td>
        <div className="candidate-row__who">
          <Avatar name={data.fullName} />
          <Link href={`/recruiter/candidates/${encodeURIComponent(data.id)}`} className="data-table__primary candidate-row__name">
            {data.fullName}
          </Link>
        </div>
      </td>
      <td className="candidate-row__headline">
        <span className="candidate-row__headline-text" title={data.headline}>
          {data.headline}
        </span>
      </td>
      <td className="candidate-row__where">
        {describePlace(data.city, data.country)}
        <span className="data-table__secondary candidate-row__zone">{data.timeZone}</span>
      </td>
      <td className="data-table__nowrap">{seniorityInWords[data.seniority]}</td>
      <td>
        {skills.length === 0 ? (
          <span className="data-table__muted">None yet</span>
        ) : (
          <ul className="chip-list candidate-row__skills" aria-label={`Skills of ${data.fullName}`}>
            {skills.slice(0, SKILLS_SHOWN).map(({ skill }) => (
              <li key={skill.id} className="chip">
                {skill.name}
              </li>
            ))}
            {hidden > 0 && <li className="chip candidate-row__more">+{hidden} more</li>}
          </ul>
        )}
      </td>
      <td className="data-table__nowrap data-table__muted">
        <time dateTime={data.updatedAt}>{formatListDate(data.updatedAt)}</time>
      </td>
    </tr>
  );
}
