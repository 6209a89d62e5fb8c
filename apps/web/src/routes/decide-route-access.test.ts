import { describe, expect, test } from 'vitest';
import { decideRouteAccess } from './decide-route-access';

describe('who may open which address', () => {
  test('anyone sees the job board, signed in or not', () => {
    expect(decideRouteAccess({ pathname: '/', search: '', viewer: null })).toEqual({ kind: 'show' });
    expect(decideRouteAccess({ pathname: '/jobs', search: '', viewer: { role: 'CANDIDATE' } })).toEqual({ kind: 'show' });
  });

  test('a signed-out visitor of a recruiter page is asked to sign in and brought back after', () => {
    expect(decideRouteAccess({ pathname: '/recruiter', search: '', viewer: null })).toEqual({
      kind: 'redirect',
      to: '/sign-in?next=%2Frecruiter',
    });
    expect(decideRouteAccess({ pathname: '/me/proposals', search: '?status=PROPOSED', viewer: null })).toEqual({
      kind: 'redirect',
      to: '/sign-in?next=%2Fme%2Fproposals%3Fstatus%3DPROPOSED',
    });
  });

  test('recruiters and admins open recruiter pages; candidates open their own', () => {
    expect(decideRouteAccess({ pathname: '/recruiter', search: '', viewer: { role: 'RECRUITER' } })).toEqual({ kind: 'show' });
    expect(decideRouteAccess({ pathname: '/recruiter/jobs', search: '', viewer: { role: 'ADMIN' } })).toEqual({ kind: 'show' });
    expect(decideRouteAccess({ pathname: '/me', search: '', viewer: { role: 'CANDIDATE' } })).toEqual({ kind: 'show' });
  });

  test('a person of the wrong role is sent to their own home', () => {
    expect(decideRouteAccess({ pathname: '/recruiter', search: '', viewer: { role: 'CANDIDATE' } })).toEqual({
      kind: 'redirect',
      to: '/me',
    });
    expect(decideRouteAccess({ pathname: '/me', search: '', viewer: { role: 'ADMIN' } })).toEqual({
      kind: 'redirect',
      to: '/recruiter/today',
    });
  });

  test('an address that only starts like a private one is not private', () => {
    expect(decideRouteAccess({ pathname: '/recruiters-wanted', search: '', viewer: null })).toEqual({ kind: 'show' });
    expect(decideRouteAccess({ pathname: '/meetups', search: '', viewer: null })).toEqual({ kind: 'show' });
  });

  test('the notifications inbox is for anyone signed in, whatever their role', () => {
    expect(decideRouteAccess({ pathname: '/notifications', search: '', viewer: null })).toEqual({
      kind: 'redirect',
      to: '/sign-in?next=%2Fnotifications',
    });
    expect(decideRouteAccess({ pathname: '/notifications', search: '', viewer: { role: 'CANDIDATE' } })).toEqual({ kind: 'show' });
    expect(decideRouteAccess({ pathname: '/notifications', search: '', viewer: { role: 'RECRUITER' } })).toEqual({ kind: 'show' });
  });

  test('e-mail settings and the development mailbox are for anyone signed in; an unsubscribe link works signed out', () => {
    for (const pathname of ['/settings/notifications', '/dev/mailbox', '/dev/mailbox/0b7c1f5e-8f0e-4a53-9a55-2b2b6f0e1a11']) {
      expect(decideRouteAccess({ pathname, search: '', viewer: null })).toEqual({ kind: 'redirect', to: `/sign-in?next=${encodeURIComponent(pathname)}` });
      for (const role of ['CANDIDATE', 'RECRUITER', 'ADMIN'] as const) {
        expect(decideRouteAccess({ pathname, search: '', viewer: { role } })).toEqual({ kind: 'show' });
      }
    }
    expect(decideRouteAccess({ pathname: '/unsubscribe', search: '?token=t&category=REMINDERS', viewer: null })).toEqual({ kind: 'show' });
  });

  test('integrations (API keys) are for agency admins; a recruiter or candidate is sent to their own home', () => {
    expect(decideRouteAccess({ pathname: '/integrations/api-keys', search: '', viewer: { role: 'ADMIN' } })).toEqual({ kind: 'show' });
    expect(decideRouteAccess({ pathname: '/integrations/api-keys', search: '', viewer: { role: 'RECRUITER' } })).toEqual({
      kind: 'redirect',
      to: '/recruiter/today',
    });
    expect(decideRouteAccess({ pathname: '/integrations/api-keys', search: '', viewer: { role: 'CANDIDATE' } })).toEqual({
      kind: 'redirect',
      to: '/me',
    });
    expect(decideRouteAccess({ pathname: '/integrations/api-keys', search: '', viewer: null })).toEqual({
      kind: 'redirect',
      to: '/sign-in?next=%2Fintegrations%2Fapi-keys',
    });
  });
});
