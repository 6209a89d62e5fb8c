import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { MatchExplanation_MatchFragment } from '../../gql/graphql';
import { LoadError, Loading } from '../../ui/LoadError';

// Why a candidate ranks where they do for the job: the two sides of the score, blockers, the skills the job asks
// for (matched, partly, missing) and each factor with its weight and evidence. Loaded when the recruiter asks
// ("Why 87?"), by the match's ID: the job page's query carries only what a row shows, which kept its answer at a
// third of the size (20 explained matches were ~70 kB) and its cost down (issue 10, the job page's throughput).
export const MatchExplanation_match = graphql(`
  fragment MatchExplanation_match on Match {
    id
    score
    forwardScore
    reverseScore
    explanation {
      blockers {
        code
        message
      }
      categories {
        name
        side
        score
        weight
        evidence
      }
      matchedSkills {
        requirement
        skill {
          id
          name
        }
      }
      partialSkills {
        requirement
        requiredLevel
        credit
        skill {
          id
          name
        }
        creditedBy {
          relation
          level
          skill {
            id
            name
          }
        }
      }
      missingSkills {
        requirement
        skill {
          id
          name
        }
      }
    }
  }
`);

export const MatchExplanation_Query = graphql(`
  query MatchExplanation_Query($id: ID!) {
    node(id: $id) {
      ... on Match {
        ...MatchExplanation_match @unmask
      }
    }
  }
`);

type Match = MatchExplanation_MatchFragment;

type PartialSkill = Match['explanation']['partialSkills'][number];

/** Why a skill counts only in part: a related skill stands in for it, or the candidate's level is below the job's. */
export function describePartialCredit(skill: PartialSkill): string {
  const credit = skill.creditedBy;
  if (credit && credit.skill.id !== skill.skill.id) return `via ${credit.skill.name}`;
  if (credit && skill.requiredLevel !== null && credit.level < skill.requiredLevel) {
    return `level ${credit.level} of ${skill.requiredLevel}`;
  }
  return `${Math.round(skill.credit * 100)}% credit`;
}

const SIDES = [
  ['forward', 'Fits the job'],
  ['reverse', 'Job fits them'],
] as const;

/** The reasons behind one candidate's score, as the suggestions table shows them when the recruiter asks "Why 87?". */
export function MatchExplanation({ matchId }: { matchId: string }) {
  const { data, error, refetch } = useQuery(MatchExplanation_Query, { variables: { id: matchId } });
  if (error) return <LoadError what="the reasons" error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading>Loading the reasons…</Loading>;
  if (data.node?.__typename !== 'Match') {
    return <p className="notice">These reasons are no longer available: the candidate or the job has changed. Reload the page for the current ranking.</p>;
  }
  return <MatchReasons match={data.node} />;
}

/** The reasons once loaded. */
export function MatchReasons({ match }: { match: Match }) {
  const { matchedSkills, partialSkills, missingSkills, blockers, categories } = match.explanation;
  const hasSkills = matchedSkills.length + partialSkills.length + missingSkills.length > 0;

  return (
    <div className="match-explanation">
      <p className="match-explanation__split">
        Score {Math.round(match.score)}: fits the job {Math.round(match.forwardScore)} · job fits them {Math.round(match.reverseScore)}
      </p>

      {blockers.length > 0 && (
        <div className="suggestion__blockers">
          <h4>{blockers.length === 1 ? 'Blocker' : 'Blockers'}</h4>
          <ul>
            {blockers.map((blocker) => (
              <li key={blocker.code + blocker.message}>{blocker.message}</li>
            ))}
          </ul>
        </div>
      )}

      {hasSkills && (
        <ul className="chip-list suggestion__skills" aria-label="Skills the job asks for">
          {matchedSkills.map((skill) => (
            <li key={`matched-${skill.skill.id}`} className="chip chip--matched">
              <span aria-hidden="true">✓ </span>
              <span className="visually-hidden">matched: </span>
              {skill.skill.name}
            </li>
          ))}
          {partialSkills.map((skill) => (
            <li key={`partial-${skill.skill.id}`} className="chip chip--partial">
              <span aria-hidden="true">≈ </span>
              <span className="visually-hidden">partly matched: </span>
              {skill.skill.name}
              <span className="chip__note"> ({describePartialCredit(skill)})</span>
            </li>
          ))}
          {missingSkills.map((skill) => (
            <li key={`missing-${skill.skill.id}`} className="chip chip--missing">
              <span aria-hidden="true">✗ </span>
              <span className="visually-hidden">missing: </span>
              {skill.skill.name}
              {skill.requirement === 'MUST_HAVE' && <span className="chip__note"> (must-have)</span>}
            </li>
          ))}
        </ul>
      )}

      <div className="match-explanation__sides">
        {SIDES.map(([side, title]) => {
          const onSide = categories.filter((category) => category.side === side);
          if (onSide.length === 0) return null;
          return (
            <div key={side} className="suggestion__side">
              <h4>
                {title}: {Math.round(side === 'forward' ? match.forwardScore : match.reverseScore)}
              </h4>
              <ul className="suggestion__categories">
                {onSide.map((category) => (
                  <li key={category.name}>
                    <p className="suggestion__category">
                      <strong>{category.name}</strong> {Math.round(category.score)} of 100
                      <span className="suggestion__weight"> · weight {Math.round(category.weight)}%</span>
                    </p>
                    <ul className="suggestion__evidence">
                      {category.evidence.map((sentence) => (
                        <li key={sentence}>{sentence}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </div>
  );
}
