/** The reflection form's values: what the candidate typed, before it is saved. */
export type Feeling = 'GREAT' | 'GOOD' | 'MIXED' | 'POOR';

export interface ContactDraft {
  /** React's list key only (not an edit). */
  key: string;
  /** The saved contact's ID; null for a new row. */
  id: string | null;
  name: string;
  role: string;
  company: string;
  howToReach: string;
  followUpBy: string;
}

export interface ReflectionDraft {
  feeling: Feeling | null;
  learned: string;
  questionsAsked: string;
  wantsFeedback: boolean;
  isShared: boolean;
  contacts: ContactDraft[];
}

export const FEELINGS: ReadonlyArray<{ value: Feeling; label: string; hint: string }> = [
  { value: 'GREAT', label: 'Great', hint: 'It clicked' },
  { value: 'GOOD', label: 'Good', hint: 'Went well overall' },
  { value: 'MIXED', label: 'Mixed', hint: 'Some ups, some downs' },
  { value: 'POOR', label: 'Not great', hint: 'A tough one' },
];

let nextKey = 0;
export const newContactKey = () => `contact-${++nextKey}`;

/** A new contact row; `company` starts at the interview's client, where most people met work. */
export const emptyContact = (company = ''): ContactDraft => ({ key: newContactKey(), id: null, name: '', role: '', company, howToReach: '', followUpBy: '' });

type SavedReflection = {
  feeling: Feeling;
  learned: string;
  questionsAsked: string;
  wantsFeedback: boolean;
  isShared: boolean;
  contacts?: ReadonlyArray<{ id: string; name: string; role: string; company: string; howToReach: string; followUpBy?: string | null }> | null;
} | null;

/** The form's starting values: the saved reflection, or an empty one. */
export function draftOf(saved: SavedReflection): ReflectionDraft {
  if (!saved) return { feeling: null, learned: '', questionsAsked: '', wantsFeedback: false, isShared: false, contacts: [] };
  return {
    feeling: saved.feeling,
    learned: saved.learned,
    questionsAsked: saved.questionsAsked,
    wantsFeedback: saved.wantsFeedback,
    isShared: saved.isShared,
    contacts: (saved.contacts ?? []).map((c) => ({ key: c.id, id: c.id, name: c.name, role: c.role, company: c.company, howToReach: c.howToReach, followUpBy: c.followUpBy ?? '' })),
  };
}

/** The mutation's input for a draft (empty optional fields left out). */
export function inputOf(interviewId: string, draft: ReflectionDraft & { feeling: Feeling }) {
  return {
    interviewId,
    feeling: draft.feeling,
    learned: draft.learned,
    questionsAsked: draft.questionsAsked,
    wantsFeedback: draft.wantsFeedback,
    contacts: draft.contacts.map((c) => ({
      ...(c.id ? { id: c.id } : {}),
      name: c.name,
      role: c.role,
      company: c.company,
      howToReach: c.howToReach,
      followUpBy: c.followUpBy || null,
    })),
  };
}
