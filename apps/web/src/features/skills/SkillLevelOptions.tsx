import { SKILL_LEVELS, skillLevelInWords } from '../../words/skill-level-in-words';

/** The <option>s for a skill level: "1 – Basic" to "5 – Expert". */
export function SkillLevelOptions() {
  return SKILL_LEVELS.map((level) => (
    <option key={level} value={level}>
      {level} – {skillLevelInWords[level]}
    </option>
  ));
}
