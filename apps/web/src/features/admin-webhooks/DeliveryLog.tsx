import type { FragmentType } from '@apollo/client';
import { useId } from 'react';
import { ShowMoreButton } from '../../ui/ShowMoreButton';
import { DeliveryRow, type DeliveryRow_delivery } from './DeliveryRow';

export type StatusFilter = 'all' | 'failed' | 'pending' | 'succeeded';

const FILTER_LABELS: Record<StatusFilter, string> = {
  all: 'All deliveries',
  failed: 'Failed',
  pending: 'Waiting or retrying',
  succeeded: 'Delivered',
};

type Deliveries = {
  edges: ReadonlyArray<{ node: { id: string } & FragmentType<typeof DeliveryRow_delivery> }>;
  pageInfo: { hasNextPage: boolean };
};

/**
 * "Delivery log": the endpoint's deliveries, newest first, a page at a time, optionally only those in one state.
 * A row opens to its attempts and body; "Redeliver" sends one again.
 */
export function DeliveryLog({
  deliveries,
  timeZone,
  filter,
  onFilter,
  isBusy,
  isStale,
  isLoadingMore,
  onShowMore,
  onRefresh,
}: {
  deliveries: Deliveries;
  timeZone: string;
  filter: StatusFilter;
  onFilter: (filter: StatusFilter) => void;
  isBusy: boolean;
  isStale: boolean;
  isLoadingMore: boolean;
  onShowMore: () => void;
  onRefresh: () => void;
}) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} aria-busy={isBusy} className="delivery-log">
      <div className="delivery-log__header">
        <h2 id={`${id}-heading`}>Delivery log</h2>
        <div className="delivery-log__tools">
          <label htmlFor={`${id}-filter`}>Show</label>
          <select id={`${id}-filter`} value={filter} onChange={(event) => onFilter(event.target.value as StatusFilter)}>
            {(Object.keys(FILTER_LABELS) as StatusFilter[]).map((value) => (
              <option key={value} value={value}>
                {FILTER_LABELS[value]}
              </option>
            ))}
          </select>
          <button type="button" className="button button--secondary button--small" onClick={onRefresh}>
            Refresh
          </button>
        </div>
      </div>
      {deliveries.edges.length === 0 ? (
        <p className="notice">
          {filter === 'all'
            ? 'Nothing delivered yet. Each change of the chosen events from now on appears here within seconds.'
            : `No deliveries here: none is “${FILTER_LABELS[filter].toLowerCase()}”.`}
        </p>
      ) : (
        <>
          <div className={isStale ? 'webhooks__table-wrap delivery-log__wrap row-list--stale' : 'webhooks__table-wrap delivery-log__wrap'}>
            <table className="webhooks__table delivery-log__table">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Change</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last answer</th>
                  <th scope="col">Latency</th>
                  <th scope="col">Next retry</th>
                  <th scope="col">Queued</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {deliveries.edges.map(({ node }) => (
                  <DeliveryRow key={node.id} delivery={node} timeZone={timeZone} />
                ))}
              </tbody>
            </table>
          </div>
          <p className="webhooks__zone">Times are in {timeZone}, your time zone.</p>
          {deliveries.pageInfo.hasNextPage && <ShowMoreButton label="Show older deliveries" isLoading={isLoadingMore} onClick={onShowMore} />}
        </>
      )}
    </section>
  );
}
