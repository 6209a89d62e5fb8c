import type { Request, Response } from 'express';
import { createHash, randomBytes } from 'node:crypto';
import type { SessionCookie } from '../../context.ts';

export const SESSION_COOKIE = 'shortlist_session';
export const SESSION_DAYS = 30;

/** A new random session token; only its hash is stored, so a database leak reveals no live session. */
export function createSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function readCookie(req: Request, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** HttpOnly (no script can read it), SameSite=Lax (not sent on cross-site POSTs), Secure behind HTTPS. */
export function sessionCookieFor(req: Request, res: Response): SessionCookie {
  const secure = req.secure || req.get('x-forwarded-proto') === 'https';
  const base = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
  return {
    set: (token, expiresAt) => res.cookie(SESSION_COOKIE, token, { ...base, expires: expiresAt }),
    clear: () => res.clearCookie(SESSION_COOKIE, base),
  };
}
