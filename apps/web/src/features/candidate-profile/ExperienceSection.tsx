import { useState } from 'react';
import { Field, InputField } from '../../ui/Field';
import { newExperienceKey, type DraftErrors, type ExperienceDraft } from './profile-draft';

function roleName(entry: ExperienceDraft, index: number) {
  const title = entry.title.trim();
  const company = entry.company.trim();
  return title && company ? `${title} at ${company}` : title || company || `Role ${index + 1}`;
}

/** Past and current roles, most recent first. The list is saved as a whole. */
export function ExperienceSection({
  experiences,
  errors,
  onChange,
}: {
  experiences: ExperienceDraft[];
  errors: DraftErrors;
  onChange: (experiences: ExperienceDraft[]) => void;
}) {
  // The role just added, so its first field takes the focus.
  const [addedKey, setAddedKey] = useState<string | null>(null);

  function update(index: number, change: Partial<ExperienceDraft>) {
    onChange(experiences.map((entry, i) => (i === index ? { ...entry, ...change } : entry)));
  }

  function add() {
    const key = newExperienceKey();
    setAddedKey(key);
    onChange([{ key, title: '', company: '', startDate: '', endDate: '', description: '' }, ...experiences]);
  }

  return (
    <section className="card profile-section" aria-labelledby="profile-experience">
      <div className="profile-section__header">
        <h2 id="profile-experience">Experience</h2>
        <button type="button" className="button button--secondary" onClick={add}>
          Add a role
        </button>
      </div>
      {errors['experiences'] && <p className="field__error">{errors['experiences']}</p>}
      {experiences.length === 0 ? (
        <p className="profile-section__empty">No roles yet.</p>
      ) : (
        experiences.map((entry, index) => {
          const name = roleName(entry, index);
          const error = (field: keyof ExperienceDraft) => errors[`experiences.${index}.${field}`];
          return (
            <fieldset key={entry.key} className="profile-role">
              <legend>{name}</legend>
              <div className="profile-role__grid">
                <InputField
                  label="Title"
                  error={error('title')}
                  type="text"
                  autoFocus={entry.key === addedKey}
                  value={entry.title}
                  onChange={(value) => update(index, { title: value })}
                />
                <InputField
                  label="Company"
                  error={error('company')}
                  type="text"
                  value={entry.company}
                  onChange={(value) => update(index, { company: value })}
                />
                <InputField
                  label="From"
                  error={error('startDate')}
                  type="date"
                  value={entry.startDate}
                  onChange={(value) => update(index, { startDate: value })}
                />
                <InputField
                  label="To"
                  error={error('endDate')}
                  hint="Leave empty if you work here now."
                  type="date"
                  value={entry.endDate}
                  onChange={(value) => update(index, { endDate: value })}
                />
              </div>
              <Field label="What you did" error={error('description')}>
                {(control) => (
                  <textarea
                    {...control}
                    rows={3}
                    value={entry.description}
                    onChange={(event) => update(index, { description: event.target.value })}
                  />
                )}
              </Field>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => onChange(experiences.filter((_, i) => i !== index))}
              >
                Remove this role<span className="visually-hidden">: {name}</span>
              </button>
            </fieldset>
          );
        })
      )}
    </section>
  );
}
