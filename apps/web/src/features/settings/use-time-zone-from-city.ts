import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';

export const SuggestTimeZone_Query = graphql(`
  query SuggestTimeZone_Query($city: String, $country: String!) {
    suggestTimeZone(city: $city, country: $country)
  }
`);

/**
 * The time zone follows the city (and country) as they are typed, asked of the API (the city list stays out of the
 * bundle), until the person picks a zone by hand: from then on their choice stands. The city and country the form
 * opened with suggest nothing, so a saved zone is never changed by just opening the form.
 */
export function useTimeZoneFromCity({
  city,
  country,
  onSuggest,
  isReady = true,
}: {
  city: string;
  country: string;
  onSuggest: (zone: string) => void;
  /** False while the form's values are still loading: the values it has when ready are the ones it opened with. */
  isReady?: boolean;
}) {
  const client = useApolloClient();
  const isPickedByHand = useRef(false);
  const opened = useRef<{ city: string; country: string } | null>(null);
  const latest = useRef(onSuggest);
  latest.current = onSuggest;
  const [suggestedFor, setSuggestedFor] = useState<string | null>(null);

  useEffect(() => {
    if (!isReady) return;
    if (opened.current === null) {
      opened.current = { city, country };
      return;
    }
    if (isPickedByHand.current || !country) return;
    if (city === opened.current.city && country === opened.current.country) return;
    let isCurrent = true;
    const timer = setTimeout(() => {
      client
        .query({ query: SuggestTimeZone_Query, variables: { city: city.trim() || null, country }, fetchPolicy: 'cache-first' })
        .then(({ data }) => {
          const zone = data?.suggestTimeZone;
          if (isCurrent && zone && !isPickedByHand.current) {
            latest.current(zone);
            setSuggestedFor(city.trim() || country);
          }
        })
        .catch(() => {}); // no suggestion: the person picks
    }, 350);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [city, country, client, isReady]);

  return {
    /** Call when the person chooses a zone themselves. */
    markPickedByHand: () => {
      isPickedByHand.current = true;
      setSuggestedFor(null);
    },
    /** The place the zone was last set from ("Berlin"), to say so beside the field; null when it was not. */
    suggestedFor,
  };
}
