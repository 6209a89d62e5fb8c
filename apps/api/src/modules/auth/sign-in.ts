import { hashPassword } from '@shortlist/db/auth/hash-password';
import { verifyPassword } from '@shortlist/db/auth/verify-password';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InvalidCredentialsError, parseInput, ValidationError } from '../errors/errors.ts';
import { UserRef } from '../users/user.ts';
import { createSessionToken, SESSION_DAYS } from './session-cookie.ts';

const SignInInput = builder.inputType('SignInInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter an e-mail address, like sam@example.com.').max(254),
  password: z.string().min(1, 'Enter your password.').max(200, 'Passwords are at most 200 characters.'),
});

// Compared against when the e-mail is unknown, so the answer takes as long as for a wrong password.
const unknownUserHash = hashPassword('no such user');

builder.mutationField('signIn', (t) =>
  t.field({
    type: UserRef,
    description: 'Signs in with e-mail and password and sets an HttpOnly session cookie.',
    authScopes: { public: true },
    args: { input: t.arg({ type: SignInInput, required: true }) },
    errors: { types: [ValidationError, InvalidCredentialsError], dataField: { name: 'viewer' } },
    resolve: async (_root, { input }, ctx) => {
      const { email, password } = parseInput(signInSchema, input);
      const user = await ctx.prisma.user.findUnique({ where: { email }, include: { candidateProfile: { select: { id: true } } } });
      const isValid = await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash));
      if (!user || !isValid || user.disabledAt) throw new InvalidCredentialsError();
      const { token, tokenHash } = createSessionToken();
      const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000);
      const session = await ctx.prisma.session.create({ data: { userId: user.id, tokenHash, expiresAt }, select: { id: true } });
      ctx.sessionCookie.set(token, expiresAt);
      // The rest of this request (the returned viewer's fields) is answered as the person now signed in.
      ctx.viewer = {
        kind: 'user',
        userId: user.id,
        agencyId: user.agencyId,
        role: user.role,
        sessionId: session.id,
        candidateProfileId: user.candidateProfile?.id ?? null,
      };
      return user;
    },
  }),
);

builder.mutationField('signOut', (t) =>
  t.boolean({
    description: 'Ends this browser session on the server and clears its cookie. True when a session was ended.',
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) => {
      ctx.sessionCookie.clear();
      if (ctx.viewer?.kind !== 'user') return false;
      const { count } = await ctx.prisma.session.updateMany({
        where: { id: ctx.viewer.sessionId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      return count === 1;
    },
  }),
);
