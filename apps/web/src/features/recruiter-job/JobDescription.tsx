import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import { employmentTypeInWords } from '../../words/employment-type-in-words';
import { formatSalaryBand } from '../../words/format-salary-band';
import { seniorityInWords } from '../../words/seniority-in-words';

export const JobDescription_job = graphql(`
  fragment JobDescription_job on Job {
    id
    description
    seniority
    employmentType
    minYearsExperience
    openings
    salary {
      min
      max
      currency
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

/** Past this many characters the description is cut at a paragraph and the rest waits behind "Show more". */
export const DESCRIPTION_PREVIEW_CHARS = 600;

/** The paragraphs shown before "Show more": whole paragraphs up to the preview length (at least the first one). */
export function previewParagraphs(paragraphs: readonly string[]): string[] {
  const shown: string[] = [];
  let length = 0;
  for (const paragraph of paragraphs) {
    if (shown.length > 0 && length + paragraph.length > DESCRIPTION_PREVIEW_CHARS) break;
    shown.push(paragraph);
    length += paragraph.length;
  }
  return shown;
}

/** The job as the candidate will read it: its description in paragraphs, requirements and salary band (B5). */
export function JobDescription({ job: jobRef }: { job: FragmentType<typeof JobDescription_job> }) {
  const id = useId();
  const { data: job, complete } = useFragment({ fragment: JobDescription_job, fragmentName: 'JobDescription_job', from: jobRef });
  const [isExpanded, setIsExpanded] = useState(false);
  if (!complete) return null;

  const paragraphs = job.description
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const preview = previewParagraphs(paragraphs);
  const isCut = preview.length < paragraphs.length;
  const shown = isExpanded || !isCut ? paragraphs : preview;
  const mustHaves = job.skills.filter((skill) => skill.requirement === 'MUST_HAVE');
  const niceToHaves = job.skills.filter((skill) => skill.requirement !== 'MUST_HAVE');
  const skillWords = (skill: (typeof job.skills)[number]) => `${skill.skill.name}${skill.minLevel ? ` (level ${skill.minLevel}+)` : ''}`;

  return (
    <section className="job-description card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>About the role</h2>
      <div className="job-description__layout">
        <div className="job-description__text" id={`${id}-text`}>
          {paragraphs.length === 0 ? (
            <p className="field__hint">No description yet. Edit the job to add one: candidates read it with the proposal.</p>
          ) : (
            shown.map((paragraph, index) => (
              <p key={index} className="job-description__paragraph">
                {paragraph}
              </p>
            ))
          )}
          {isCut && (
            <button type="button" className="button button--quiet" aria-expanded={isExpanded} aria-controls={`${id}-text`} onClick={() => setIsExpanded(!isExpanded)}>
              {isExpanded ? 'Show less' : 'Show more'}
            </button>
          )}
        </div>
        <dl className="job-description__facts">
          <dt>Salary band</dt>
          <dd>{formatSalaryBand(job.salary)}</dd>
          <dt>Level</dt>
          <dd>
            {seniorityInWords[job.seniority]}, {job.minYearsExperience}+ years · {employmentTypeInWords[job.employmentType]}
            {job.openings > 1 ? ` · ${job.openings} openings` : ''}
          </dd>
          {mustHaves.length > 0 && (
            <>
              <dt>Must have</dt>
              <dd>{mustHaves.map(skillWords).join(', ')}</dd>
            </>
          )}
          {niceToHaves.length > 0 && (
            <>
              <dt>Nice to have</dt>
              <dd>{niceToHaves.map(skillWords).join(', ')}</dd>
            </>
          )}
        </dl>
      </div>
    </section>
  );
}
