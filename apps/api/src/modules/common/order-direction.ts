import { builder } from '../../builder.ts';

/**
 * One direction enum for every list's `orderBy` (`JobOrder`, `CandidateOrder`, `ProposalOrder`…), as GitHub's API
 * does: each list names its own sortable fields, the direction is shared.
 */
export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Which way a list is sorted.',
  values: {
    ASC: { description: 'Oldest or smallest first.' },
    DESC: { description: 'Newest or largest first.' },
  } as const,
});

export type OrderDirection = 'ASC' | 'DESC';

/** The field, then `id`, in one direction: a stable order even when two rows changed in the same millisecond. */
export function orderByField<F extends string>(field: F, direction: OrderDirection): Array<Record<F | 'id', 'asc' | 'desc'>> {
  const way = direction === 'ASC' ? 'asc' : 'desc';
  return [{ [field]: way } as Record<F | 'id', 'asc' | 'desc'>, { id: way } as Record<F | 'id', 'asc' | 'desc'>];
}
