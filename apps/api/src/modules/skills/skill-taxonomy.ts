import skillsData from '@shortlist/db/skills-data' with { type: 'json' };
import { buildTaxonomy, type SkillTaxonomy, type TaxonomyData } from '@shortlist/domain/matching';

/** The one taxonomy of the process, built from the same file the seed inserts into the Skill table. */
export const skillTaxonomy: SkillTaxonomy = buildTaxonomy(skillsData as TaxonomyData);
