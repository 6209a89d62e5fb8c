import { decodeGlobalID } from '@pothos/plugin-relay';

/** The slug inside a Skill's global ID ("U2tpbGw6a3ViZXJuZXRlcw==" is "kubernetes"), or null when it is not one. */
export function idFromSkillGlobalId(reference: string): string | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(reference)) return null;
  try {
    const { typename, id } = decodeGlobalID(reference);
    return typename === 'Skill' ? id : null;
  } catch {
    return null;
  }
}
