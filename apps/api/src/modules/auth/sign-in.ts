import { hashPassword } from '@shortlist/db/auth/hash-password';
import { verifyPassword } from '@shortlist/db/auth/verify-password';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { ErrorInterface, InvalidCredentialsError, parseInput, ValidationError } from '../errors/errors.ts';
import { recordSecurityEvent } from '../security-events/record-security-event.ts';
import { UserRef } from '../users/user.ts';
import { createSessionToken, SESSION_DAYS } from './session-cookie.ts';
import { TooManySignInAttemptsError } from './too-many-sign-in-attempts-error.ts';

const SignInInput = builder.inputType('SignInInput', {
  description: 'A person\'s e-mail and password. Partner systems do not sign in: they send an API key.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'The e-mail of the account, in any case (at most 254 characters).' }),
    password: t.string({ required: true, description: 'The password (at most 200 characters).' }),
  }),
});

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter an e-mail address, like sam@example.com.').max(254),
  password: z.string().min(1, 'Enter your password.').max(200, 'Passwords are at most 200 characters.'),
});

// Compared against when the e-mail is unknown, so the answer takes as long as for a wrong password.
const unknownUserHash = hashPassword('no such user');

builder.objectType(TooManySignInAttemptsError, {
  name: 'TooManySignInAttemptsError',
  description: 'Sign-in is paused after repeated failures for this e-mail or from this address; the password was not checked.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TooManySignInAttemptsError,
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', { description: 'Seconds until the next attempt is checked.' }),
  }),
});

builder.mutationField('signIn', (t) =>
  t.field({
    type: UserRef,
    description:
      'Signs in with e-mail and password, sets an HttpOnly session cookie and ends the session this browser had. ' +
      'Repeated failures for one e-mail or from one address pause sign-in for a while that doubles with each further failure.',
    authScopes: { public: true },
    args: { input: t.arg({ type: SignInInput, required: true, description: 'Who signs in.' }) },
    errors: {
      types: [ValidationError, InvalidCredentialsError, TooManySignInAttemptsError],
      union: { description: 'The person now signed in, or why not.' },
      result: { description: 'Signed in: the session cookie is set.' },
      dataField: { name: 'viewer', description: 'The person now signed in.' },
    },
    resolve: async (_root, { input }, ctx) => {
      const { email, password } = parseInput(signInSchema, input);
      // Known and unknown e-mails take the same steps on every path (look-up, throttle, hash, event), so neither the
      // answer nor its timing tells whether an account exists.
      const [waitSeconds, user] = await Promise.all([
        ctx.signInThrottle.waitSeconds(email, ctx.ip),
        ctx.prisma.user.findUnique({ where: { email }, include: { candidateProfile: { select: { id: true } } } }),
      ]);
      const event = { agencyId: user?.agencyId ?? null, userId: user?.id ?? null, email, ip: ctx.ip };
      if (waitSeconds > 0) {
        await recordSecurityEvent(ctx.prisma, { ...event, kind: 'SIGN_IN_THROTTLED' });
        throw new TooManySignInAttemptsError(waitSeconds);
      }
      const isValid = await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash));
      if (!user || !isValid || user.disabledAt) {
        await Promise.all([
          ctx.signInThrottle.recordFailure(email, ctx.ip),
          recordSecurityEvent(ctx.prisma, { ...event, kind: 'SIGN_IN_FAILED' }),
        ]);
        throw new InvalidCredentialsError();
      }
      const { token, tokenHash } = createSessionToken();
      const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000);
      // Rotation: the session this browser had (someone else's, or an older one of the same person) ends here, so
      // a cookie seen before sign-in is worth nothing after it.
      if (ctx.viewer?.kind === 'user') {
        await ctx.prisma.session.updateMany({ where: { id: ctx.viewer.sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
      }
      const session = await ctx.prisma.session.create({ data: { userId: user.id, tokenHash, expiresAt }, select: { id: true } });
      await Promise.all([
        ctx.signInThrottle.recordSuccess(email),
        recordSecurityEvent(ctx.prisma, { ...event, kind: 'SIGN_IN_SUCCEEDED' }),
      ]);
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
