import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { API_KEY_SCOPE_ORDER, API_KEY_SCOPES } from './api-key-scopes';
import { formatKeyDay, formatKeyDayAndTime } from './format-key-time';

export const ApiKeyRow_apiKey = graphql(`
  fragment ApiKeyRow_apiKey on ApiKey {
    id
    name
    prefix
    scopes
    createdAt
    lastUsedAt
    revokedAt
    clientCompany {
      id
      name
    }
    createdBy {
      id
      name
    }
  }
`);

/** What the revoke confirmation names: the key's name and the start of the key, as its owner saw them. */
export type KeyToRevoke = { id: string; name: string; prefix: string };

/** The part of a key that is stored in clear and shown to tell keys apart; the secret's rest is never shown again. */
export function visiblePartOf(prefix: string): string {
  return `sl_live_${prefix}_…`;
}

/**
 * One partner key in the admin's table: its name and visible start, what it may do and for which clients, who
 * created it and when, when it was last used, and whether it still works (with "Revoke" while it does).
 */
export function ApiKeyRow({
  apiKey,
  timeZone,
  onRevoke,
}: {
  apiKey: FragmentType<typeof ApiKeyRow_apiKey>;
  timeZone: string;
  onRevoke: (key: KeyToRevoke) => void;
}) {
  const { data, complete } = useFragment({ fragment: ApiKeyRow_apiKey, fragmentName: 'ApiKeyRow_apiKey', from: apiKey });
  if (!complete) return null;
  const isRevoked = data.revokedAt !== null;

  return (
    <tr className={isRevoked ? 'api-key-row api-key-row--revoked' : 'api-key-row'}>
      <th scope="row" className="api-key-row__key">
        <span className="api-key-row__name">{data.name}</span>
        <code className="api-key-row__prefix">{visiblePartOf(data.prefix)}</code>
      </th>
      <td className="api-key-row__access">
        <ul className="chip-list" aria-label="Scopes">
          {API_KEY_SCOPE_ORDER.filter((scope) => data.scopes.includes(scope)).map((scope) => (
            <li key={scope} className="chip">
              {API_KEY_SCOPES[scope].name}
            </li>
          ))}
        </ul>
        <span className="api-key-row__client">
          {data.clientCompany ? `Only ${data.clientCompany.name}` : 'All clients'}
        </span>
      </td>
      <td>
        {/* On a phone the cells stack without the column headings: these say which is which (the headings do above). */}
        <span className="api-key-row__cell-label" aria-hidden="true">
          Created{' '}
        </span>
        <time dateTime={data.createdAt}>{formatKeyDay(data.createdAt, timeZone)}</time>
        <span className="api-key-row__by">by {data.createdBy.name}</span>
      </td>
      <td>
        <span className="api-key-row__cell-label" aria-hidden="true">
          Last used{' '}
        </span>
        {data.lastUsedAt ? <time dateTime={data.lastUsedAt}>{formatKeyDayAndTime(data.lastUsedAt, timeZone)}</time> : 'Never'}
      </td>
      <td>
        {data.revokedAt ? (
          <>
            <span className="status api-key-row__status">Revoked</span>
            <span className="api-key-row__by">
              on <time dateTime={data.revokedAt}>{formatKeyDay(data.revokedAt, timeZone)}</time>
            </span>
          </>
        ) : (
          <span className="status status--open api-key-row__status">Active</span>
        )}
      </td>
      <td className="api-key-row__actions">
        {!isRevoked && (
          <button
            type="button"
            className="button button--secondary button--small"
            // The visible word starts the name (as voice control users say it); the key's name tells the rows apart.
            aria-label={`Revoke ${data.name}`}
            onClick={() => onRevoke({ id: data.id, name: data.name, prefix: data.prefix })}
          >
            Revoke
          </button>
        )}
      </td>
    </tr>
  );
}
