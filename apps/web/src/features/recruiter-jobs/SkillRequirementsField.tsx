import type { SkillRequirement } from '../../gql/graphql';
import { Field } from '../../ui/Field';
import { SKILL_LEVELS } from '../../words/skill-level-in-words';
import { SkillLevelOptions } from '../skills/SkillLevelOptions';
import { SkillPicker, type PickedSkill } from '../skills/SkillPicker';
import { DEFAULT_WEIGHT, type DraftErrors, type SkillDraft } from './job-draft';
import { skillWeightInWords } from './skill-weight-in-words';

/**
 * The skills a job asks for: each a must-have with the minimum level a candidate needs, or a nice-to-have with how
 * much it counts. New skills are picked from the taxonomy and start as must-haves whose level is still to choose.
 */
export function SkillRequirementsField({
  skills,
  errors,
  onChange,
}: {
  skills: SkillDraft[];
  errors: DraftErrors;
  onChange: (skills: SkillDraft[]) => void;
}) {
  function add(skill: PickedSkill) {
    if (skills.some((s) => s.skillId === skill.id)) return;
    onChange([
      ...skills,
      { skillId: skill.id, name: skill.name, requirement: 'MUST_HAVE', minLevel: null, weight: DEFAULT_WEIGHT },
    ]);
  }

  function update(index: number, change: Partial<SkillDraft>) {
    onChange(skills.map((skill, i) => (i === index ? { ...skill, ...change } : skill)));
  }

  return (
    <fieldset className="form-section">
      <legend>Skills</legend>
      <SkillPicker
        label="Add a skill"
        onPick={add}
        excludeIds={skills.map((s) => s.skillId)}
        hint="A candidate without a must-have at its minimum level is shown as blocked; nice-to-haves add to the score by how much they count."
        error={errors.skills}
      />
      {skills.length === 0 ? (
        <p className="form-section__empty">No skills yet: add the ones this role needs.</p>
      ) : (
        <ul className="skill-requirements" aria-label="Skills this job asks for">
          {skills.map((skill, index) => (
            <li key={skill.skillId} className="skill-requirement">
              <div className="skill-requirement__name">
                {skill.name}
                {errors[`skills.${index}.skill`] && (
                  <p className="field__error">{errors[`skills.${index}.skill`]}</p>
                )}
              </div>
              <Field
                label={
                  <>
                    Requirement <span className="visually-hidden">for {skill.name}</span>
                  </>
                }
                error={errors[`skills.${index}.requirement`]}
              >
                {(control) => (
                  <select
                    {...control}
                    value={skill.requirement}
                    onChange={(event) => update(index, { requirement: event.target.value as SkillRequirement })}
                  >
                    <option value="MUST_HAVE">Must-have</option>
                    <option value="NICE_TO_HAVE">Nice-to-have</option>
                  </select>
                )}
              </Field>
              {skill.requirement === 'MUST_HAVE' ? (
                <Field
                  label={
                    <>
                      Minimum level <span className="visually-hidden">for {skill.name}</span>
                    </>
                  }
                  error={errors[`skills.${index}.minLevel`]}
                >
                  {(control) => (
                    <select
                      {...control}
                      value={skill.minLevel ?? ''}
                      onChange={(event) =>
                        update(index, { minLevel: event.target.value === '' ? null : Number(event.target.value) })
                      }
                    >
                      <option value="">Choose a level</option>
                      <SkillLevelOptions />
                    </select>
                  )}
                </Field>
              ) : (
                <Field
                  label={
                    <>
                      Weight <span className="visually-hidden">for {skill.name}</span>
                    </>
                  }
                  error={errors[`skills.${index}.weight`]}
                >
                  {(control) => (
                    <select
                      {...control}
                      value={skill.weight}
                      onChange={(event) => update(index, { weight: Number(event.target.value) || DEFAULT_WEIGHT })}
                    >
                      {SKILL_LEVELS.map((weight) => (
                        <option key={weight} value={weight}>
                          {weight} – {skillWeightInWords[weight]}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
              <button
                type="button"
                className="button button--quiet"
                onClick={() => onChange(skills.filter((_, i) => i !== index))}
              >
                Remove <span className="visually-hidden">{skill.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** The error paths this field shows, so the form can list any others at the top instead of dropping them. */
export function isSkillErrorShown(field: string, skillCount: number): boolean {
  if (field === 'skills') return true;
  const match = /^skills\.(\d+)\.(skill|requirement|minLevel|weight)$/.exec(field);
  return match !== null && Number(match[1]) < skillCount;
}
