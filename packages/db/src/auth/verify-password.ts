import { timingSafeEqual } from 'node:crypto';
import { deriveScryptKey } from './hash-password.ts';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Checks a password against a hash from hashPassword, reading scrypt's parameters from the stored string.
 * A malformed or unsupported stored hash is a failed sign-in (false), never an exception.
 */
export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  const parts = typeof stored === 'string' ? stored.split('$') : [];
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d{1,7}$/.test(part) ? Number(part) : NaN));
  const [saltText, hashText] = [parts[4]!, parts[5]!];
  // Bounds keep a corrupted or hostile row from making the server burn memory or CPU.
  const isPowerOfTwo = N !== undefined && N > 1 && (N & (N - 1)) === 0;
  if (!isPowerOfTwo || N > 1 << 20 || !r || r > 32 || !p || p > 16) return false;
  if (!BASE64.test(saltText) || !BASE64.test(hashText)) return false;
  const salt = Buffer.from(saltText, 'base64');
  const expected = Buffer.from(hashText, 'base64');
  if (salt.length === 0 || expected.length < 16) return false;
  try {
    const actual = await deriveScryptKey(plain, salt, expected.length, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
