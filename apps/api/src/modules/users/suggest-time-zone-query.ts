import { builder } from '../../builder.ts';
import { suggestTimeZone } from './suggest-time-zone.ts';

builder.queryField('suggestTimeZone', (t) =>
  t.string({
    nullable: true,
    description:
      "The IANA time zone a city most likely keeps (anyone signed in: the profile and register-candidate forms ask it as a city is typed): null when the place is not known well enough, e.g. an unknown town in a country of several zones. A country with one clock needs no city.",
    authScopes: { user: true },
    args: {
      city: t.arg.string({ required: false, description: 'The city as typed, e.g. "Berlin" (at most 100 characters).' }),
      country: t.arg.string({ required: true, description: 'ISO-3166 alpha-2 code of its country, e.g. DE.' }),
    },
    resolve: (_root, { city, country }) => (String(city ?? '').length > 100 || country.length > 2 ? null : suggestTimeZone(city, country)),
  }),
);
