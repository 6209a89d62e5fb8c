import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { graphql } from '../../gql';
import './skill-picker.css';

export const SkillPicker_Query = graphql(`
  query SkillPicker_Query($search: String!, $first: Int!) {
    skills(search: $search, first: $first) {
      id
      name
      aliases
    }
  }
`);

export type PickedSkill = { id: string; name: string };

export type SkillPickerProps = {
  /** The visible label of the text box, e.g. "Add a skill". */
  label: string;
  /** Called with the skill chosen from the taxonomy; the box then empties, ready for the next one. */
  onPick: (skill: PickedSkill) => void;
  /** Skills already chosen: not offered again. */
  excludeIds?: readonly string[];
  /** A sentence under the box, e.g. how the skills are used. */
  hint?: string;
  /** An error to show under the box (and to announce with it). */
  error?: string;
};

export const SKILL_SUGGESTIONS = 8;
export const SKILLS_TO_SPARE = 12;
const SEARCH_DEBOUNCE_MS = 200;

/**
 * A text box that suggests skills from the taxonomy as you type (names, aliases such as "k8s", near spellings).
 * The ARIA combobox pattern: ↓/↑ move through the suggestions, Enter picks, Escape closes (or clears); the number of
 * suggestions is announced politely.
 */
export function SkillPicker({ label, onPick, excludeIds = [], hint, error }: SkillPickerProps) {
  const id = useId();
  const listboxId = `${id}-listbox`;
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const query = text.trim();
  const { data, previousData, loading, error: loadError } = useQuery(SkillPicker_Query, {
    // A few more than shown, so skills already chosen can be left out without a second request.
    variables: { search, first: SKILL_SUGGESTIONS + SKILLS_TO_SPARE },
    skip: search === '' || query === '',
  });
  const skills = query === '' ? [] : ((data ?? previousData)?.skills ?? []);
  const options = skills.filter((skill) => !excludeIds.includes(skill.id)).slice(0, SKILL_SUGGESTIONS);
  const isSearching = query !== '' && (query !== search || loading);
  const isExpanded = isOpen && options.length > 0;
  const active = isExpanded && activeIndex >= 0 ? options[activeIndex] : undefined;

  function pick(skill: PickedSkill) {
    onPick({ id: skill.id, name: skill.name });
    setText('');
    setSearch('');
    setIsOpen(false);
    setActiveIndex(-1);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (options.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setIsOpen(true);
        setActiveIndex((index) =>
          !isExpanded || index < 0 ? (step === 1 ? 0 : options.length - 1) : (index + step + options.length) % options.length,
        );
        return;
      }
      case 'Enter': {
        // Enter in this box never sends the surrounding form: it is for choosing a skill.
        if (query !== '') event.preventDefault();
        const exact = options.find((skill) => skill.name.toLowerCase() === query.toLowerCase());
        const choice = active ?? (isExpanded ? exact : undefined);
        if (choice) pick(choice);
        return;
      }
      case 'Escape':
        if (isExpanded) {
          event.preventDefault();
          setIsOpen(false);
          setActiveIndex(-1);
        } else if (text !== '') {
          event.preventDefault();
          setText('');
        }
        return;
    }
  }

  const status = loadError
    ? `We couldn't load skills: ${loadError.message}`
    : query === '' || isSearching
      ? ''
      : options.length === 0
        ? skills.length > 0
          ? `Every skill matching “${query}” is already on the list.`
          : `No skill matches “${query}”.`
        : `${options.length} ${options.length === 1 ? 'skill' : 'skills'} found: use the up and down arrows and Enter to choose.`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <div className="field skill-picker">
      <label htmlFor={id}>{label}</label>
      <div className="skill-picker__box">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={isExpanded}
          aria-controls={listboxId}
          aria-activedescendant={active ? `${id}-option-${active.id}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          placeholder="Type a skill, like TypeScript or k8s"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setIsOpen(true);
            setActiveIndex(-1);
          }}
          onKeyDown={handleKeyDown}
          onBlur={() => setIsOpen(false)}
          onFocus={() => setIsOpen(true)}
        />
        <ul id={listboxId} role="listbox" aria-label={label} className="skill-picker__list" hidden={!isExpanded}>
          {options.map((skill, index) => {
            const alias = aliasMatching(skill, query);
            return (
              <li
                key={skill.id}
                id={`${id}-option-${skill.id}`}
                role="option"
                aria-selected={index === activeIndex}
                className="skill-picker__option"
                // Keep focus in the box, so picking with the mouse works like picking with the keyboard.
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActiveIndex(index)}
                onClick={() => pick(skill)}
              >
                {alias ? `${skill.name} (${alias})` : skill.name}
              </li>
            );
          })}
        </ul>
      </div>
      <p className="visually-hidden" role="status">
        {isOpen ? status : ''}
      </p>
      {isOpen && query !== '' && !isSearching && options.length === 0 && (
        <p className="field__hint" aria-hidden="true">
          {status}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** When the name does not show why a skill was suggested ("k8s" → Kubernetes), the alias that does. */
function aliasMatching(skill: { name: string; aliases: readonly string[] }, query: string): string | null {
  const wanted = query.toLowerCase();
  if (wanted === '' || skill.name.toLowerCase().includes(wanted)) return null;
  return skill.aliases.find((alias) => alias.toLowerCase().includes(wanted)) ?? null;
}
