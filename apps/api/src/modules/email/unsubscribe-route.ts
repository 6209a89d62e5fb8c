import type { Database } from '@shortlist/db/open-database';
import express, { type Request, type Response } from 'express';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { isEmailCategory } from './email-frequencies.ts';

/** "sam.taylor@example.com" → "s••••••••@example.com": enough to recognise one's own address, not to learn someone's. */
export function maskEmailAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${address[0]}${'•'.repeat(Math.min(Math.max(at - 1, 3), 8))}${address.slice(at)}`;
}

/**
 * `POST /unsubscribe?token=…&category=…`: the one-click unsubscribe of RFC 8058. A mail client posts
 * `List-Unsubscribe=One-Click` here from the `List-Unsubscribe-Post` header, without cookies or a CSRF token; the web
 * app's confirmation page posts the same. The category is turned OFF for the token's person (a preference row, so the
 * settings page shows it) and the answer is 200 with the masked address. A GET of the same address is the web app's
 * page, never this: link scanners open links, so nothing changes on GET. An unknown token is 404 and says nothing more.
 * The token is 244 random bits, unique in the table, so it is looked up directly rather than compared in a loop.
 *
 * Only failures count against an address (`failures`, e.g. UNSUBSCRIBE_FAILURES over the shared limiter store): mail
 * providers post many people's one-clicks from a few addresses, and those must all go through; someone guessing
 * tokens is stopped after a handful of wrong ones with 429 and Retry-After.
 */
export function unsubscribeRoute(db: Database, failures?: RateLimiterAbstract) {
  return [
    express.urlencoded({ extended: false, limit: '1kb' }),
    async (req: Request, res: Response) => {
      res.setHeader('cache-control', 'no-store');
      const caller = req.ip ?? req.socket.remoteAddress ?? 'unknown';
      const record = failures ? await failures.get(caller) : null;
      if (failures && record && record.consumedPoints >= failures.points) {
        res.setHeader('retry-after', String(Math.max(1, Math.ceil(record.msBeforeNext / 1000))));
        res.status(429).json({ error: 'Too many unsubscribe links that did not work came from your address. Try again later.' });
        return;
      }
      const token = typeof req.query.token === 'string' ? req.query.token : '';
      const category = req.query.category;
      if (!isEmailCategory(category)) {
        await failures?.penalty(caller, 1).catch(() => {});
        res.status(400).json({ error: 'This unsubscribe link is incomplete: it names no kind of e-mail.' });
        return;
      }
      const user = token && token.length <= 200
        ? await db.prisma.user.findUnique({ where: { unsubscribeToken: token }, select: { id: true, email: true } })
        : null;
      if (!user) {
        await failures?.penalty(caller, 1).catch(() => {});
        res.status(404).json({ error: 'This unsubscribe link is not valid.' });
        return;
      }
      await db.prisma.emailPreference.upsert({
        where: { userId_category: { userId: user.id, category } },
        create: { userId: user.id, category, frequency: 'OFF' },
        update: { frequency: 'OFF' },
      });
      res.status(200).json({ category, maskedEmail: maskEmailAddress(user.email) });
    },
  ];
}

/** Wrong unsubscribe links one address may try before it waits (see unsubscribeRoute). */
export const UNSUBSCRIBE_FAILURES = { keyPrefix: 'unsubscribe_failures', points: 20, duration: 10 * 60 };
