import { describe, expect, it } from 'vitest';
import { hashPassword } from './hash-password.ts';
import { verifyPassword } from './verify-password.ts';

describe('password hashing', () => {
  it('accepts the password it was made from', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
  });

  it('rejects a wrong password', async () => {
    const stored = await hashPassword('shortlist');
    expect(await verifyPassword('Shortlist', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('gives two different hashes for the same password, thanks to the random salt', async () => {
    const [a, b] = await Promise.all([hashPassword('shortlist'), hashPassword('shortlist')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('shortlist', a)).toBe(true);
    expect(await verifyPassword('shortlist', b)).toBe(true);
  });

  it('treats a malformed stored hash as a failed sign-in instead of crashing', async () => {
    const good = await hashPassword('shortlist');
    const [, , , , salt, hash] = good.split('$');
    for (const stored of [
      '',
      'not a hash',
      'bcrypt$10$abc',
      `scrypt$16384$8$1$${salt}`,
      `scrypt$1000$8$1$${salt}$${hash}`,
      `scrypt$16384$0$1$${salt}$${hash}`,
      `scrypt$16384$8$1$!!$${hash}`,
      `scrypt$16384$8$1$${salt}$`,
      `scrypt$${2 ** 30}$8$1$${salt}$${hash}`,
    ]) {
      expect(await verifyPassword('shortlist', stored), stored).toBe(false);
    }
  });
});
