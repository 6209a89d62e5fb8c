import { builder } from '../../builder.ts';
import { clockFromEnv } from '../common/clock.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError, ValidationError } from '../errors/errors.ts';
import { ProposalRef } from '../proposals/proposal.ts';
import { setClientSharingConsent } from './set-client-sharing-consent.ts';

const clock = clockFromEnv();

const ClientSharing = builder
  .objectRef<{ clientSharingConsentAt: Date | null; clientSharingConsentWithdrawnAt: Date | null }>('ClientSharingConsent')
  .implement({
    description:
      "The candidate's consent (GDPR art. 6/7) to share their profile with the job's client: while given, the client's partner keys read the candidate; otherwise they read null.",
    fields: (t) => ({
      isGiven: t.boolean({
        description: 'True while the consent is given and not withdrawn.',
        resolve: (c) => c.clientSharingConsentAt !== null && c.clientSharingConsentWithdrawnAt === null,
      }),
      givenAt: t.expose('clientSharingConsentAt', { type: 'DateTime', nullable: true, description: 'When the candidate last gave it; null when never.' }),
      withdrawnAt: t.expose('clientSharingConsentWithdrawnAt', {
        type: 'DateTime',
        nullable: true,
        description: 'When the candidate withdrew it; null while given or never given.',
      }),
    }),
  });

builder.prismaObjectFields(ProposalRef, (t) => ({
  clientSharingConsent: t.field({
    type: ClientSharing,
    description: "Whether the candidate shares their profile with this job's client, for everyone who sees the proposal.",
    select: { clientSharingConsentAt: true, clientSharingConsentWithdrawnAt: true },
    resolve: (p) => ({ clientSharingConsentAt: p.clientSharingConsentAt, clientSharingConsentWithdrawnAt: p.clientSharingConsentWithdrawnAt }),
  }),
}));

const SetClientSharingConsentInput = builder.inputType('SetClientSharingConsentInput', {
  description: "The proposal, and whether its candidate shares their profile with the job's client.",
  fields: (t) => ({
    proposalId: t.id({ required: true, description: 'The proposal (a Proposal ID).' }),
    isGiven: t.boolean({ required: true, description: 'true gives the consent, false withdraws it (the client stops reading the profile at once).' }),
  }),
});

builder.mutationField('setClientSharingConsent', (t) =>
  t.prismaField({
    type: 'Proposal',
    description:
      "The candidate gives or withdraws their consent to share their profile with a proposal's client (any status). Only the proposal's candidate: staff get NotAllowedError, everyone else NotFoundError.",
    authScopes: { candidate: true },
    args: { input: t.arg({ type: SetClientSharingConsentInput, required: true, description: 'The proposal and the choice.' }) },
    errors: {
      types: [NotFoundError, NotAllowedError, InvalidTransitionError, ValidationError],
      union: { description: 'The proposal with its consent as it now is, or why it did not change.' },
      result: { description: 'The consent was saved.' },
      dataField: { name: 'proposal', description: 'The proposal, with its consent as it now is.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await setClientSharingConsent(ctx, { proposalId: String(input.proposalId), isGiven: input.isGiven }, clock());
      return ctx.prisma.proposal.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });
    },
  }),
);
