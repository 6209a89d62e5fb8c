import { Field, InputField } from '../../ui/Field';
import { YearOptions } from '../../ui/option-lists';
import { SkillLevelOptions } from '../skills/SkillLevelOptions';
import { SkillPicker } from '../skills/SkillPicker';
import { howMatchingUses } from './how-matching-uses';
import type { DraftErrors, SkillDraft } from './profile-draft';

/** The candidate's skills: added from the taxonomy, each with a level (1–5, in words), years and when last used. */
export function SkillsSection({
  skills,
  errors,
  onChange,
}: {
  skills: SkillDraft[];
  errors: DraftErrors;
  onChange: (skills: SkillDraft[]) => void;
}) {
  function update(index: number, change: Partial<SkillDraft>) {
    onChange(skills.map((skill, i) => (i === index ? { ...skill, ...change } : skill)));
  }

  return (
    <section className="card profile-section" aria-labelledby="profile-skills">
      <h2 id="profile-skills">Skills</h2>
      <p className="profile-section__how">{howMatchingUses.skills}</p>
      <SkillPicker
        label="Add a skill"
        excludeIds={skills.map((skill) => skill.skillId)}
        onPick={(skill) => onChange([...skills, { skillId: skill.id, name: skill.name, level: 3, years: '', lastUsedYear: '' }])}
        error={errors['skills']}
      />
      {skills.length === 0 ? (
        <p className="profile-section__empty">No skills yet: add the ones you would like to be matched on.</p>
      ) : (
        <ul className="profile-skills" aria-label="Your skills">
          {skills.map((skill, index) => (
            <li key={skill.skillId} className="profile-skill">
              <div className="profile-skill__name">
                <span>{skill.name}</span>
                {errors[`skills.${index}.skill`] && <p className="field__error">{errors[`skills.${index}.skill`]}</p>}
              </div>
              <Field
                label={
                  <>
                    Level<span className="visually-hidden"> of {skill.name}</span>
                  </>
                }
                error={errors[`skills.${index}.level`]}
              >
                {(control) => (
                  <select {...control} value={skill.level} onChange={(event) => update(index, { level: Number(event.target.value) })}>
                    <SkillLevelOptions />
                  </select>
                )}
              </Field>
              <InputField
                label={
                  <>
                    Years<span className="visually-hidden"> of {skill.name}</span>
                  </>
                }
                error={errors[`skills.${index}.years`]}
                type="number"
                inputMode="decimal"
                min={0}
                max={80}
                step={0.5}
                value={skill.years}
                onChange={(value) => update(index, { years: value })}
              />
              <Field
                label={
                  <>
                    Last used<span className="visually-hidden"> ({skill.name})</span>
                  </>
                }
                error={errors[`skills.${index}.lastUsedYear`]}
              >
                {(control) => (
                  <select {...control} value={skill.lastUsedYear} onChange={(event) => update(index, { lastUsedYear: event.target.value })}>
                    <option value="">In use now</option>
                    <YearOptions current={skill.lastUsedYear} />
                  </select>
                )}
              </Field>
              <button
                type="button"
                className="button button--quiet profile-skill__remove"
                onClick={() => onChange(skills.filter((_, i) => i !== index))}
              >
                Remove<span className="visually-hidden"> {skill.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
