import { z } from 'zod';
import { builder } from '../../builder.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { timeZoneSchema } from '../common/profile-field-schemas.ts';
import { NotAllowedError, parseInput, ValidationError } from '../errors/errors.ts';
import { personNameSchema } from './invite-team-member.ts';
import { UserRef } from './user.ts';

const UpdateMySettingsInput = builder.inputType('UpdateMySettingsInput', {
  description: 'Your own name and time zone.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The name you go by (1 to 100 characters).' }),
    timeZone: t.string({ required: true, description: 'The IANA time zone you work in, e.g. Europe/Berlin: every time you read is written in it.' }),
  }),
});

const settingsSchema = z.object({ name: personNameSchema, timeZone: timeZoneSchema });

builder.mutationField('updateMySettings', (t) =>
  t.prismaField({
    type: UserRef,
    description:
      "Changes the signed-in person's own name and time zone (anyone signed in; partner keys have no person: NotAllowedError). A zone that is not an IANA name is a ValidationError on `timeZone`.",
    authScopes: { user: true },
    args: { input: t.arg({ type: UpdateMySettingsInput, required: true, description: 'The new settings.' }) },
    errors: {
      types: [ValidationError, NotAllowedError],
      union: { description: 'You with the new settings, or why they were not saved.' },
      result: { description: 'Saved.' },
      dataField: { name: 'viewer', description: 'You, with the new settings.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      if (ctx.viewer?.kind !== 'user') throw new NotAllowedError('Only a signed-in person has settings.');
      const data = parseInput(settingsSchema, input);
      return ctx.prisma.user.update({ ...nonEmptyQuery(query), where: { id: ctx.viewer.userId }, data });
    },
  }),
);
